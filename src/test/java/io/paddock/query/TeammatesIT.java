package io.paddock.query;

import io.paddock.SeededGraph;
import io.paddock.model.EventRef;
import io.paddock.model.Pairing;
import io.paddock.model.Partner;
import io.paddock.model.PartnerCount;
import io.paddock.model.Ref;
import io.paddock.model.SharedEvent;
import io.paddock.model.TeammateCounts;
import io.paddock.model.Teammates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Teammates and name resolution on the shipped seed; every expected value comes from the articles.
 */
class TeammatesIT extends SeededGraph {

    @Test
    void bernhardsCoDriversAtPetitLeMans2007AreDumasAndLong() {
        Teammates answer = queries.teammates("Timo Bernhard", QueryFilter.all().event("Petit Le Mans 2007"));

        assertThat(answer.coDrivers()).extracting(p -> p.driver().name()).containsExactly("Patrick Long", "Romain Dumas");
        assertThat(answer.coDrivers()).allSatisfy(p -> assertThat(p.sources()).contains("000_a2ddb8a8b78fb99c#p1"));
    }

    @Test
    void maassenIsBernhardsTeamMateThereButNotHisCoDriver() {
        Teammates answer = queries.teammates("Timo Bernhard", QueryFilter.all().event("Petit Le Mans 2007"));

        assertThat(answer.teamMates()).extracting(p -> p.driver().name())
                .containsExactly("Emmanuel Collard", "Ryan Briscoe", "Sascha Maassen");
        assertThat(answer.coDrivers()).extracting(p -> p.driver().name()).doesNotContain("Sascha Maassen");
        assertThat(answer.teamMates().get(2).shared()).singleElement()
                .isEqualTo(new SharedEvent("alms-2007-petit-le-mans", "Petit Le Mans", 2007, "TEAM_MATE", "Penske Racing", "6", "LMP2",
                        new Ref("series", "alms", "American Le Mans Series"), true));
    }

    @Test
    void overAllSeasonsDumasIsBernhardsMostFrequentCoDriver() {
        Teammates answer = queries.teammates("bernhard", QueryFilter.all());

        Partner dumas = answer.coDrivers().get(0);
        assertThat(dumas.driver().name()).isEqualTo("Romain Dumas");
        assertThat(dumas.events()).isEqualTo(3);
        assertThat(dumas.shared()).extracting(SharedEvent::eventId)
                .containsExactly("alms-2007-petit-le-mans", "alms-2007-laguna-seca", "alms-2008-mosport");
        assertThat(answer.teamMates()).extracting(p -> p.driver().name() + ":" + p.events())
                .containsExactly("Sascha Maassen:3", "Ryan Briscoe:2", "Emmanuel Collard:1");
    }

    @Test
    void theCountsAloneAreTheWholeAnswersCounts() {
        // Every driver of the seed under the filters a notebook uses: the count-only read gives the same people,
        // counts, order, unknown crews and sources as the whole answer.
        java.util.List<String> drivers = paddock.cypher("MATCH (d:Driver) RETURN d.id AS id ORDER BY id", java.util.Map.of())
                .stream().map(row -> (String) row.get("id")).toList();
        java.util.List<QueryFilter> filters = java.util.List.of(QueryFilter.all(), QueryFilter.all().season(2007),
                QueryFilter.all().inClass("LMP2"), QueryFilter.all().between(2008, 2011).limit(2),
                QueryFilter.all().event("Petit Le Mans 2007"));
        int partners = 0;
        for (String driver : drivers) {
            for (QueryFilter filter : filters) {
                TeammateCounts counts = queries.teammateCounts(driver, filter);
                assertThat(counts).as(driver + " " + filter).isEqualTo(queries.teammates(driver, filter).counts());
                partners += counts.coDrivers().size() + counts.teamMates().size();
            }
        }
        assertThat(drivers).hasSize(46);
        assertThat(partners).as("pairings compared").isGreaterThan(100);
        // 000_a2ddb8a8b78fb99c, 001_40dddd42d94a9a30, 003_35013f9b1b801e33: Dumas shared Bernhard's Porsche three times.
        assertThat(queries.teammateCounts("Timo Bernhard", QueryFilter.all()).coDrivers().get(0))
                .isEqualTo(new PartnerCount(new Ref("driver", "romain-dumas", "Romain Dumas"), 3,
                        queries.teammates("Timo Bernhard", QueryFilter.all()).coDrivers().get(0).sources()));
    }

    @Test
    void aSeasonFilterNarrowsTheAnswer() {
        Teammates answer = queries.teammates("Timo Bernhard", QueryFilter.all().season(2008));

        assertThat(answer.coDrivers()).extracting(p -> p.driver().name() + ":" + p.events()).containsExactly("Romain Dumas:1");
        assertThat(answer.teamMates()).extracting(p -> p.driver().name()).containsExactly("Sascha Maassen");
        assertThat(answer.unknownCrews()).extracting(EventRef::id).containsExactly("alms-2008-mosport");
    }

    @Test
    void anUnstatedCrewIsUnknownNotNone() {
        Teammates capello = queries.teammates("Capello", QueryFilter.all());

        assertThat(capello.coDrivers()).isEmpty();
        assertThat(capello.unknownCrews()).extracting(EventRef::toString)
                .containsExactly("Petit Le Mans 2007", "Laguna Seca 4 Hours 2007");
    }

    @Test
    void thePairBernhardMaassenSharedThreeEventsAsTeamMates() {
        Pairing pair = queries.sharedEvents("Timo Bernhard", "Sascha Maassen");

        assertThat(pair.events()).extracting(e -> e.eventId() + ":" + e.role()).containsExactly(
                "alms-2007-petit-le-mans:TEAM_MATE", "alms-2007-laguna-seca:TEAM_MATE", "alms-2008-mosport:TEAM_MATE");
        assertThat(queries.sharedEvents("Dumas", "Bernhard").events()).extracting(SharedEvent::role)
                .containsExactly("CO_DRIVER", "CO_DRIVER", "CO_DRIVER");
    }

    @Test
    void nameSearchIsAccentAndCaseInsensitiveAndPartial() {
        assertThat(queries.search("mucke", "driver")).extracting(r -> r.name()).containsExactly("Stefan Mücke");
        assertThat(queries.resolve("MÜCKE", "driver").id()).isEqualTo("stefan-muecke");
        assertThat(queries.resolve("Dindo Capello", "driver").name()).isEqualTo("Rinaldo Capello");
        assertThat(queries.resolve("bergm", "driver").name()).isEqualTo("Jörg Bergmeister");
        assertThat(queries.resolve("Bergmiester", "driver").name()).isEqualTo("Jörg Bergmeister");
    }

    @Test
    void anAmbiguousNameListsTheCandidates() {
        assertThatThrownBy(() -> queries.resolve("Dirk", "driver"))
                .isInstanceOf(AmbiguousNameException.class)
                .hasMessageContaining("Dirk Müller").hasMessageContaining("Dirk Werner")
                .satisfies(e -> assertThat(((AmbiguousNameException) e).candidates()).hasSize(2));
    }

    @Test
    void anUnknownNameSaysSo() {
        assertThatThrownBy(() -> queries.teammates("Ayrton Senna", QueryFilter.all()))
                .isInstanceOf(UnknownNameException.class)
                .hasMessage("No driver matches 'Ayrton Senna'");
    }
}
