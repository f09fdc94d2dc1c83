package io.paddock.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.PaddockException;
import io.paddock.internal.resolve.Curated;
import io.paddock.internal.resolve.Entities;
import io.paddock.internal.text.ShippedJson;
import io.paddock.seed.SeedReader;

import java.util.ArrayList;
import java.util.List;

/**
 * The curated {@code seed/marque-credits.json}: car models whose results the record books credit to a marque other
 * than their chassis maker (the TWR Porsche WSC-95 to Porsche), each with the sources that state it (ADR 0027). The
 * seed load and every import write all of them as {@link WriteRow.Credit} rows; a credit lands only where its car
 * model and marque exist, so the graph does not depend on the order sources are loaded in.
 */
public final class MarqueCredits {

    /** The shipped file's path on the classpath. */
    public static final String FILE = "seed/marque-credits.json";

    /**
     * One credit as the file states it.
     *
     * @param cars    the car model's names as the datasets print them (matched as the importers make ids)
     * @param marque  the marque credited, as a maker's name
     * @param reason  why, in a sentence
     * @param sources where the credit is stated: dataset rows ({@code lemans24#results_in.csv:3618}) and publications
     */
    public record Credit(List<String> cars, String marque, String reason, List<String> sources) {

        /**
         * Defensive copies.
         *
         * @param cars    the car model's names as the datasets print them
         * @param marque  the marque credited
         * @param reason  why, in a sentence
         * @param sources where the credit is stated
         */
        public Credit {
            cars = List.copyOf(cars);
            sources = List.copyOf(sources);
        }
    }

    private final List<Credit> credits;

    private MarqueCredits(List<Credit> credits) {
        this.credits = List.copyOf(credits);
    }

    /**
     * @return the credits shipped in {@value #FILE}
     * @throws PaddockException when an entry lacks a car, its marque or a source
     */
    public static MarqueCredits shipped() {
        return of(ShippedJson.read(FILE));
    }

    static MarqueCredits of(JsonNode json) {
        List<Credit> credits = new ArrayList<>();
        JsonNode items = json.path("credits");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            List<String> cars = texts(item.path("cars"));
            List<String> sources = texts(item.path("sources"));
            String marque = item.path("marque").asText("").strip();
            if (cars.isEmpty() || marque.isEmpty() || sources.isEmpty()) {
                throw new PaddockException(FILE + ": $.credits[" + i + "]: a credit needs 'cars', 'marque' and at least one "
                        + "entry in 'sources'");
            }
            credits.add(new Credit(cars, marque, item.path("reason").asText(null), sources));
        }
        return new MarqueCredits(credits);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(a -> {
            if (!a.asText("").isBlank()) {
                texts.add(a.asText().strip());
            }
        });
        return texts;
    }

    /**
     * @return the credits, in file order
     */
    public List<Credit> credits() {
        return credits;
    }

    /**
     * The writer's rows: one per spelling of a car, with the ids the importers give that car and that maker (the
     * shipped registry's id where a name matches it, else the name's slug).
     *
     * @return the rows for the {@code credits} statement
     */
    public List<WriteRow.Credit> rows() {
        Entities entities = new Entities(SeedReader.shipped().registry().json(), Curated.shipped());
        List<WriteRow.Credit> rows = new ArrayList<>();
        for (Credit credit : credits) {
            String marque = entities.makerId(credit.marque());
            credit.cars().stream().map(entities::carId).distinct()
                    .forEach(car -> rows.add(new WriteRow.Credit(car, marque, credit.reason(), credit.sources())));
        }
        return rows;
    }
}
