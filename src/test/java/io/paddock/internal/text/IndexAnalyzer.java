package io.paddock.internal.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Neo4j's own {@code standard-folding} analyzer, the one the {@code name_search} index uses, from the test class path
 * (the harness brings it). Found by name: Neo4j 5.26 and 2026.x keep it in different packages.
 */
public final class IndexAnalyzer {

    private static final Analyzer ANALYZER = load();

    private IndexAnalyzer() {
    }

    /**
     * A token the index holds.
     *
     * @param text  the folded word
     * @param start its first character in the text
     * @param end   after its last character
     */
    public record Term(String text, int start, int end) {
    }

    /**
     * @param text a name as stored
     * @return the tokens the index holds for it, with their places
     */
    public static List<Term> terms(String text) {
        List<Term> out = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("searchText", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * @param text a name as stored
     * @return the tokens the index holds for it
     */
    public static List<String> tokens(String text) {
        return terms(text).stream().map(Term::text).toList();
    }

    private static Analyzer load() {
        for (String name : List.of("org.neo4j.kernel.api.impl.fulltext.analyzer.StandardFoldingAnalyzer",
                "org.neo4j.kernel.api.impl.schema.fulltext.analyzer.StandardFoldingAnalyzer")) {
            try {
                return (Analyzer) Class.forName(name).getConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                // the other Neo4j version's place
            }
        }
        throw new IllegalStateException("Neo4j's StandardFoldingAnalyzer is not on the test class path");
    }
}
