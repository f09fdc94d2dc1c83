package io.paddock.internal.load;

import io.paddock.internal.cypher.CypherFile;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The typed write contract: each row record has exactly the fields its statement of graph.cypher reads. */
class WriteRowContractTests {

    private static final Map<String, String> STATEMENTS = CypherFile.load("load/graph.cypher").namedStatements();

    @Test
    void everyStatementHasOneRowTypeAndEveryRowTypeAStatement() {
        Map<String, Class<?>> types = rowTypes();
        assertThat(types.keySet()).containsExactlyInAnyOrderElementsOf(STATEMENTS.keySet());
    }

    @Test
    void eachRowTypeHasExactlyTheFieldsItsStatementReads() {
        Map<String, Set<String>> read = new TreeMap<>();
        Map<String, Set<String>> declared = new TreeMap<>();
        rowTypes().forEach((statement, type) -> {
            read.put(statement, fieldsRead(STATEMENTS.get(statement), "row"));
            declared.put(statement, components(type));
        });
        assertThat(declared).isEqualTo(read);
        assertThat(read.get("results")).contains("position", "grid", "q3Seconds", "gapTo");
    }

    @Test
    void nestedSubjectsHaveTheFieldsTheStatementReads() {
        assertThat(components(WriteRow.Subject.class))
                .isEqualTo(fieldsRead(STATEMENTS.get("statedTotals"), "subject"))
                .containsExactlyInAnyOrder("label", "id");
    }

    private static Map<String, Class<?>> rowTypes() {
        Map<String, Class<?>> types = new TreeMap<>();
        for (Class<?> type : WriteRow.class.getPermittedSubclasses()) {
            WriteRow sample = sample(type);
            types.put(sample.statement(), type);
        }
        return types;
    }

    /** A row of the type with every component null (or 0): enough to ask it for its statement. */
    private static WriteRow sample(Class<?> type) {
        var components = type.getRecordComponents();
        Class<?>[] parameterTypes = Arrays.stream(components).map(c -> c.getType()).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(parameterTypes).map(t -> t == int.class ? (Object) 0 : null).toArray();
        try {
            return (WriteRow) type.getDeclaredConstructor(parameterTypes).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> components(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(GraphRows::fieldName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fieldsRead(String statement, String variable) {
        Set<String> fields = new TreeSet<>();
        Matcher m = Pattern.compile("\\b" + variable + "\\.(\\w+)").matcher(statement.replaceAll("(?m)//.*$", ""));
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }
}
