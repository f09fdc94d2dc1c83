package io.paddock.internal.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name folding with real names, and letter by letter against the index's own analyzer (Neo4j's
 * {@code standard-folding}, on the test class path only).
 */
class FoldingTests {

    private static List<String> indexed(String text) {
        return IndexAnalyzer.tokens(text);
    }

    @Test
    void realNamesFoldAsTheIndexFoldsThem() {
        assertThat(Folding.tokens("Łukasz Żyła")).containsExactly("lukasz", "zyla");
        assertThat(Folding.tokens("Jean-Éric Vergne")).containsExactly("jean", "eric", "vergne");
        assertThat(Folding.key("Jean-Éric Vergne")).isEqualTo(Folding.key("jean eric VERGNE")).isEqualTo("jean eric vergne");
        assertThat(Folding.tokens("Robert O'Brien")).containsExactly("robert", "o'brien");
        assertThat(Folding.tokens("Robert O’Brien")).as("a curly apostrophe folds to the straight one")
                .containsExactly("robert", "o'brien");
        assertThat(Folding.tokens("佐藤琢磨")).containsExactly("佐", "藤", "琢", "磨");
        assertThat(Folding.tokens("佐々木")).containsExactly("佐", "々", "木");
        assertThat(Folding.tokens("Γιάννης ΠΑΠΑΔΌΠΟΥΛΟΣ")).as("Greek keeps its accents; a capital final sigma is σ")
                .containsExactly("γιάννης", "παπαδόπουλοσ");
        assertThat(Folding.tokens("Виталий Петров")).containsExactly("виталий", "петров");
        assertThat(Folding.tokens("Jörg Müller, Søren Ærø, Þór Guðmundsson, Ðorđe")).containsExactly(
                "jorg", "muller", "soren", "aero", "thor", "gudmundsson", "dorde");
        assertThat(Folding.tokens("Audi R10 TDI, 3.5 l, U.S.A.")).containsExactly("audi", "r10", "tdi", "3.5", "l", "u.s.a");
        assertThat(Folding.tokens("Mu\u0308cke")).as("a separate combining accent reads as the composed letter")
                .containsExactly("mucke");
        assertThat(Folding.indexTokens("24 Hours of Le Mans")).containsExactly("24", "hours", "le", "mans");
        assertThat(Folding.tokens("")).isEmpty();
        assertThat(Folding.tokens(" - ' . ")).isEmpty();

        for (String name : List.of("Łukasz Żyła", "Jean-Éric Vergne", "Robert O’Brien", "佐藤琢磨", "佐々木",
                "Γιάννης ΠΑΠΑΔΌΠΟΥΛΟΣ", "Виталий Петров", "Jörg Müller, Søren Ærø, Þór Guðmundsson, Ðorđe",
                "Audi R10 TDI, 3.5 l, U.S.A.", "24 Hours of Le Mans", "김민수 カタカナー さとう")) {
            assertThat(Folding.indexTokens(name)).as(name).isEqualTo(indexed(name));
        }
    }

    /**
     * Every letter of the Latin blocks names are written in (Latin-1, Extended-A and -B, Extended Additional for
     * Vietnamese), Greek, Cyrillic and the fullwidth forms folds as the index folds it, one by one between letters.
     */
    @Test
    void everyLetterOfTheNameScriptsFoldsAsTheIndexFoldsIt() {
        int[][] blocks = {{0xC0, 0x24F}, {0x370, 0x3FF}, {0x400, 0x52F}, {0x1E00, 0x1EFF}, {0x1F00, 0x1FFF},
                {0xFF01, 0xFF65}, {0x2010, 0x2027}};
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (int[] block : blocks) {
            for (int c = block[0]; c <= block[1]; c++) {
                if (!Character.isDefined(c)) {
                    continue;
                }
                String text = "x" + Character.toString(c) + "x";
                compared++;
                // words, not indexTokens: those read the text composed (NFC) first, which the index does not
                if (!Folding.words(text).stream().map(Folding.Word::folded).toList().equals(indexed(text))) {
                    differences.add(String.format("U+%04X %s", c, Character.toString(c)));
                }
            }
        }
        assertThat(compared).isGreaterThan(1_400);
        assertThat(differences).isEmpty();
    }

    @Test
    void wordsKeepTheirPlaceInTheText() {
        assertThat(Folding.words("Stefan Mücke (Aston Martin)")).containsExactly(
                new Folding.Word("stefan", 0, 6), new Folding.Word("mucke", 7, 12),
                new Folding.Word("aston", 14, 19), new Folding.Word("martin", 20, 26));
        assertThat(Folding.words("x".repeat(600))).extracting(Folding.Word::end).containsExactly(255, 510, 600);
    }

    @Test
    void withoutMarksDropsAccentsInEveryScriptAndKeepsTheRest() {
        assertThat(Folding.withoutMarks("Yōjirō Ρένος Йорг Łukasz")).isEqualTo("Yojiro Ρενος Иорг Łukasz");
    }
}
