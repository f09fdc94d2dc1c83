package io.paddock.ingest;

import io.paddock.seed.SeedReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Ingest under generated text (issue 22): race-report-like text made of names the registry knows, the words the fact
 * patterns look for, numbers in German and English form, and any characters at all (other scripts, control
 * characters, lone surrogates, very long lines). Reading it never throws and never hangs, and every span a mention or
 * a stated fact points at lies inside the text.
 */
class IngestFuzzTests {

    private static final Ingest INGEST = Ingest.withSeed(SeedReader.shipped());
    private static final List<String> WORDS = List.of("Romain Dumas", "Dumas", "Timo Bernhard", "Dindo Capello",
            "Penske Racing", "Porsche RS Spyder", "Audi R10", "Porsches", "LMP2", "LMPCs", "GT2", "Klasse", "Platz",
            "zwei", "Sekunden", "seconds", "Runden", "laps", "Pole-Position", "Rundenrekord", "Meisterschaft", "Sieg",
            "gewann", "finished", "second", "behind", "vor", "hinter", "des Teams", "im", "und", "and", "0,923", "0.923",
            "157", "1:58,3", "-1", "99999999999999999999", "P1", "#6", "Nr. 7", "Mosport", "Laguna Seca", "Petit Le Mans",
            "(", ")", "\"", "„", "“", ",", ".", ":", ";", "-", "–", "\n", "\n\n", "\r\n", "\t", "\u0000", "\u200B",
            "\uD800", "日本語", "עברית", "Ünlü", "ß", "x".repeat(3000));

    @Provide
    Arbitrary<String> report() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(WORDS), Arbitraries.of(WORDS),
                Arbitraries.strings().all().ofMaxLength(30));
        return piece.list().ofMaxSize(120).map(parts -> String.join(" ", parts));
    }

    @Property
    void anyTextIsReadAndEverySpanLiesInsideIt(@ForAll("report") String text) {
        IngestResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> INGEST.read("fuzz.txt", text));

        assertThat(result.mentions()).allSatisfy(m -> {
            assertThat(m.start()).isBetween(0, text.length());
            assertThat(m.end()).isBetween(m.start(), text.length());
        });
        assertThat(result.facts()).filteredOn(FactProposal::stated).allSatisfy(f -> {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
        });
    }
}
