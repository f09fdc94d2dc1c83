package io.paddock.query;

import io.paddock.SeededGraph;
import io.paddock.model.Ref;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several names searched in one statement ({@link NameSearch#prefetch}) resolve exactly as each searched alone, and
 * the searches are kept in the transaction for the resolutions that follow.
 */
class NameSearchIT extends SeededGraph {

    private static final List<NameSearch.Typed> NAMES = List.of(
            new NameSearch.Typed("dumas", List.of("driver")), new NameSearch.Typed("Dindo Capello", List.of("driver")),
            new NameSearch.Typed("mucke", List.of("driver")), new NameSearch.Typed("penske", List.of("team")),
            new NameSearch.Typed("Porsche", List.of("manufacturer")));
    private static final QueryFilter FILTER = QueryFilter.all().series("American Le Mans").inClass("LMP2")
            .event("Petit Le Mans 2007");

    @Test
    void namesSearchedTogetherResolveAsEachSearchedAlone() {
        QueryContext context = new QueryContext(paddock.driver(), paddock.sessionConfig());

        List<Object> alone = new ArrayList<>();
        NAMES.forEach(typed -> alone.add(context.names().resolve(typed.text(), typed.kinds().toArray(String[]::new))));
        alone.add(context.filterParameters(FILTER));
        List<Object> together = context.read(reads -> {
            context.names().prefetch(FILTER, NAMES);
            List<Object> resolved = new ArrayList<>();
            NAMES.forEach(typed -> resolved.add(context.names().resolve(typed.text(), typed.kinds().toArray(String[]::new))));
            resolved.add(context.filterParameters(FILTER));
            return resolved;
        });

        assertThat(together).isEqualTo(alone);
        // The seed's names: 000_a2ddb8a8b78fb99c (Dumas, Capello, Penske, Porsche), 002_5f0b9dc16f1a01fe (Mücke).
        assertThat(alone.subList(0, 5)).extracting(ref -> ((Ref) ref).id())
                .containsExactly("romain-dumas", "rinaldo-capello", "stefan-muecke", "penske-racing", "porsche");
        @SuppressWarnings("unchecked")
        Map<String, Object> filter = (Map<String, Object>) alone.get(5);
        assertThat(filter).containsEntry("seriesId", "alms").containsEntry("eventId", "alms-2007-petit-le-mans");
    }

    @Test
    void theSearchesOfAQuestionAreKeptInItsTransaction() {
        QueryContext context = new QueryContext(paddock.driver(), paddock.sessionConfig());

        int kept = context.read(reads -> {
            context.names().prefetch(FILTER, NAMES);
            return (int) NAMES.stream()
                    .map(typed -> reads.searched(NameSearch.Search.first(typed.text(), typed.kinds())))
                    .filter(hits -> hits != null && !hits.isEmpty())
                    .count();
        });

        // Five names, each found by the one statement: none will be searched again in this transaction.
        assertThat(kept).isEqualTo(5);
    }
}
