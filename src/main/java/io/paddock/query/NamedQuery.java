package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.internal.cypher.CypherFile;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One query file of {@code cypher/queries/}. Its header declares every parameter on a line
 * {@code // :param name => <example>} — the same line a Neo4j Browser user types — and the facade always passes
 * all of them (unset filters as {@code null}), so the file runs unchanged in Browser after its {@code :param} lines.
 */
final class NamedQuery {

    private static final Pattern PARAM = Pattern.compile("(?m)^// :param (\\w+) => (.+)$");

    private final String name;
    private final String statement;
    private final Map<String, String> examples;

    private NamedQuery(String name, String statement, Map<String, String> examples) {
        this.name = name;
        this.statement = statement;
        this.examples = examples;
    }

    static NamedQuery load(String name) {
        CypherFile file = CypherFile.load("queries/" + name + ".cypher");
        String statement = file.statement();
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher param = PARAM.matcher(statement);
        while (param.find()) {
            examples.put(param.group(1), param.group(2).strip());
        }
        return new NamedQuery(name, statement, Collections.unmodifiableMap(examples));
    }

    /** The documented parameters and their example values (Cypher literals), in file order. */
    Map<String, String> examples() {
        return examples;
    }

    String name() {
        return name;
    }

    String statement() {
        return statement;
    }

    /**
     * Runs the query in the given transaction with every declared parameter: those given, those of the shared
     * filter parameters it declares, and null for the rest.
     */
    List<Record> run(TransactionContext tx, Map<String, ?> parameters, Map<String, ?> filter) {
        Map<String, Object> all = new HashMap<>();
        examples.keySet().forEach(p -> all.put(p, null));
        filter.forEach((key, value) -> {
            if (examples.containsKey(key)) {
                all.put(key, value);
            }
        });
        parameters.forEach((key, value) -> {
            if (!examples.containsKey(key)) {
                throw new IllegalArgumentException("Query " + name + " declares no parameter '" + key + "'");
            }
            all.put(key, value);
        });
        try {
            return tx.run(statement, all).list();
        } catch (ClientException e) {
            throw new PaddockException("Query " + name + " failed: " + e.getMessage(), e);
        }
    }
}
