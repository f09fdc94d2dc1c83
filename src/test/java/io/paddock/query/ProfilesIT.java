package io.paddock.query;

import io.paddock.SeededGraph;
import io.paddock.model.CarProfile;
import io.paddock.model.CircuitProfile;
import io.paddock.model.CountedResults;
import io.paddock.model.DriverProfile;
import io.paddock.model.DriverSummary;
import io.paddock.model.EntryLine;
import io.paddock.model.EntryTotals;
import io.paddock.model.EventProfile;
import io.paddock.model.EventRef;
import io.paddock.model.LapRecord;
import io.paddock.model.Ref;
import io.paddock.model.ResultLine;
import io.paddock.model.SessionLine;
import io.paddock.model.Standing;
import io.paddock.model.StatedTotal;
import io.paddock.model.TeamProfile;
import io.paddock.model.TeamSummary;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Driver, team, car, circuit and event profiles on the shipped seed; every expected value comes from the articles.
 */
class ProfilesIT extends SeededGraph {

    private static EntryLine entryAt(List<EntryLine> entries, String eventId) {
        return entries.stream().filter(e -> e.event().id().equals(eventId)).findFirst().orElseThrow();
    }

    private static ResultLine result(EntryLine entry, String session) {
        return entry.results().stream().filter(r -> r.session().equals(session)).findFirst().orElseThrow();
    }

    @Test
    void maassenIsFromAachenAndRacedForPenskeInTheRsSpyder() {
        DriverProfile maassen = queries.driver("Sascha Maassen");

        assertThat(maassen.driver()).isEqualTo(new Ref("driver", "sascha-maassen", "Sascha Maassen"));
        assertThat(maassen.hometown()).isEqualTo("Aachen");
        assertThat(maassen.nationality()).as("not stated: unknown, not guessed").isNull();
        assertThat(maassen.worksDriverOf()).isEmpty();
        assertThat(maassen.teams()).extracting(Ref::name).containsExactly("Penske Racing");
        assertThat(maassen.cars()).extracting(Ref::name).containsExactly("Porsche RS Spyder");
        assertThat(maassen.classes()).extracting(Ref::name).containsExactly("LMP2");
        assertThat(maassen.seasons()).containsExactly(2007, 2008);
        assertThat(maassen.entries()).extracting(e -> e.event().toString())
                .containsExactly("Petit Le Mans 2007", "Laguna Seca 4 Hours 2007", "Mosport 2008");
    }

    @Test
    void maassensEventsCarryCarNumberClassAndResults() {
        List<EntryLine> entries = queries.driver("maassen").entries();

        EntryLine petitLeMans = entryAt(entries, "alms-2007-petit-le-mans");
        assertThat(petitLeMans.number()).isEqualTo("6");
        assertThat(petitLeMans.carClass().name()).isEqualTo("LMP2");
        assertThat(petitLeMans.team().name()).isEqualTo("Penske Racing");
        assertThat(petitLeMans.crew()).extracting(Ref::name).containsExactly("Emmanuel Collard", "Ryan Briscoe", "Sascha Maassen");
        assertThat(petitLeMans.crewComplete()).isTrue();
        ResultLine fifthInClass = result(petitLeMans, "RACE");
        assertThat(fifthInClass.position()).as("overall place not reported").isNull();
        assertThat(fifthInClass.classPosition()).isEqualTo(5);
        assertThat(fifthInClass.lapsLostInPits()).isEqualTo(24);
        assertThat(fifthInClass.sources()).containsExactly("000_a2ddb8a8b78fb99c#p4");

        EntryLine lagunaSeca = entryAt(entries, "alms-2007-laguna-seca");
        assertThat(lagunaSeca.results()).extracting(ResultLine::session).containsExactly("QUALIFYING", "RACE");
        assertThat(result(lagunaSeca, "QUALIFYING").position()).as("pole").isEqualTo(1);
        assertThat(result(lagunaSeca, "RACE").classPosition()).isEqualTo(2);

        EntryLine mosport = entryAt(entries, "alms-2008-mosport");
        assertThat(result(mosport, "QUALIFYING").classPosition()).isEqualTo(6);
        assertThat(mosport.crewComplete()).as("his co-drivers are not named").isFalse();
    }

    @Test
    void maassenDefendsTheLmp2TitleOf2006AndHoldsTheLagunaSecaLapRecord() {
        DriverProfile maassen = queries.driver("Sascha Maassen");

        Standing title = maassen.titles().get(0);
        assertThat(maassen.titles()).hasSize(1);
        assertThat(title.championshipId()).isEqualTo("alms-2006-lmp2-drivers");
        assertThat(title.season()).isEqualTo(2006);
        assertThat(title.carClass().name()).isEqualTo("LMP2");
        assertThat(title.inferred()).contains("defending champion");
        assertThat(maassen.lapRecords()).singleElement().satisfies(record -> {
            assertThat(record.kind()).isEqualTo("CIRCUIT_RECORD");
            assertThat(record.circuit().name()).isEqualTo("Mazda Raceway Laguna Seca");
            assertThat(record.improvementSeconds()).isEqualTo(3.5);
            assertThat(record.session()).isEqualTo("QUALIFYING");
        });
        assertThat(maassen.counted()).isEqualTo(new CountedResults(3, 2, 0, 0, 1, 1));
        assertThat(maassen.sources()).contains("000_a2ddb8a8b78fb99c#p4", "001_40dddd42d94a9a30#p2", "003_35013f9b1b801e33#p3")
                .doesNotHaveDuplicates();
    }

    @Test
    void theSummaryOfEveryDriverIsTheWholeProfileWithoutItsLines() {
        // Every driver of the seed: the summary read without the entry lines has the same header, counts, unknowns,
        // standings, lap records, stated totals, roles and sources as the whole profile.
        List<String> drivers = paddock.cypher("MATCH (d:Driver) RETURN d.id AS id ORDER BY id", java.util.Map.of())
                .stream().map(row -> (String) row.get("id")).toList();
        int counted = 0;
        for (String driver : drivers) {
            DriverSummary summary = queries.driverSummary(driver);
            assertThat(summary).as(driver).isEqualTo(queries.driver(driver).summary());
            counted += summary.entryTotals().counted().events();
        }
        assertThat(drivers).hasSize(46);
        assertThat(counted).as("events summed over the drivers").isGreaterThan(46);
    }

    @Test
    void theSummaryOfEveryTeamIsTheWholeProfileWithoutItsLines() {
        List<String> teams = paddock.cypher("MATCH (t:Team) RETURN t.id AS id ORDER BY id", java.util.Map.of())
                .stream().map(row -> (String) row.get("id")).toList();
        for (String team : teams) {
            assertThat(queries.teamSummary(team)).as(team).isEqualTo(queries.team(team).summary());
        }
        assertThat(teams).hasSizeGreaterThan(10);
        // Penske's six cars at three events (penskeEnteredSixCarsAtThreeEvents): the same counts without the lines.
        TeamSummary penske = queries.teamSummary("Penske");
        assertThat(penske.entryTotals().counted()).isEqualTo(new CountedResults(3, 4, 0, 2, 1, 2));
        assertThat(penske.events()).extracting(EventRef::id)
                .containsExactly("alms-2007-petit-le-mans", "alms-2007-laguna-seca", "alms-2008-mosport");
        assertThat(penske.entryTotals().crewIncomplete()).isTrue();
    }

    @Test
    void maassensSummaryCountsHisThreeEventsAndDumasLeavesATeamAndAClassUnknown() {
        DriverSummary maassen = queries.driverSummary("Sascha Maassen");

        // 000_a2ddb8a8b78fb99c, 001_40dddd42d94a9a30, 003_35013f9b1b801e33: three events, two race results, the
        // LMP2 pole at Mosport 2008, the 2006 LMP2 title.
        assertThat(maassen.entryTotals().counted()).isEqualTo(new CountedResults(3, 2, 0, 0, 1, 1));
        assertThat(maassen.entryTotals().classesApply()).isTrue();
        assertThat(maassen.entryTotals().teamUnknown()).isFalse();
        assertThat(maassen.titles()).extracting(Standing::season).containsExactly(2006);
        assertThat(maassen.sources()).contains("000_a2ddb8a8b78fb99c#p4", "003_35013f9b1b801e33#p3");

        // Capello's two Audi entries do not name the entrant (the whole profile's lines say the same): team unknown.
        assertThat(queries.driverSummary("dindo capello").entryTotals())
                .extracting(t -> t.counted().overallWins(), EntryTotals::teamUnknown, EntryTotals::carUnknown)
                .containsExactly(2, true, false);
    }

    @Test
    void dindoCapelloIsRinaldoCapelloWithTwoOverallWinsInPartlyNamedCrews() {
        DriverProfile capello = queries.driver("dindo capello");

        assertThat(capello.driver().name()).isEqualTo("Rinaldo Capello");
        assertThat(capello.aliases()).containsExactly("Dindo Capello");
        assertThat(capello.counted().overallWins()).isEqualTo(2);
        assertThat(capello.entries()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.car().name()).isEqualTo("Audi R10");
            assertThat(entry.team()).as("entrant not named").isNull();
            assertThat(entry.number()).as("number not printed").isNull();
            assertThat(entry.crew()).extracting(Ref::name).containsExactly("Rinaldo Capello");
            assertThat(entry.crewComplete()).isFalse();
        });
        assertThat(capello.titles()).isEmpty();
    }

    @Test
    void bernhardWonTheLmp2TitleAtPetitLeMansAndLedIn2008WithStatedTotals() {
        DriverProfile bernhard = queries.driver("Timo Bernhard");

        assertThat(bernhard.titles()).singleElement().satisfies(title -> {
            assertThat(title.championship()).isEqualTo("ALMS 2007 LMP2 drivers' championship");
            assertThat(title.clinchedAt()).isEqualTo(new EventRef("alms-2007-petit-le-mans", "Petit Le Mans", 2007, 11, null));
        });
        assertThat(bernhard.standings()).filteredOn(s -> !s.finalStanding()).singleElement().satisfies(lead -> {
            assertThat(lead.season()).isEqualTo(2008);
            assertThat(lead.position()).isEqualTo(1);
            assertThat(lead.asOf().id()).isEqualTo("alms-2008-mosport");
        });
        StatedTotal overallWins = bernhard.statedTotals().stream()
                .filter(t -> t.metric().equals("OVERALL_WINS")).findFirst().orElseThrow();
        assertThat(overallWins.value()).isEqualTo(6);
        assertThat(overallWins.season()).isEqualTo(2007);
        assertThat(overallWins.subjects()).extracting(Ref::name).containsExactly("Romain Dumas", "Timo Bernhard");
        assertThat(bernhard.statedTotals()).extracting(StatedTotal::metric)
                .contains("CLASS_WINS", "PODIUMS", "CONSECUTIVE_CLASS_WINS");
        assertThat(bernhard.nationality()).isEqualTo("DE");
        assertThat(bernhard.inferred()).contains("German-French");
    }

    @Test
    void patLongIsAPorscheWorksDriver() {
        DriverProfile long_ = queries.driver("Pat Long");

        assertThat(long_.driver().name()).isEqualTo("Patrick Long");
        assertThat(long_.worksDriverOf()).extracting(Ref::name).containsExactly("Porsche");
        assertThat(long_.teams()).extracting(Ref::name).containsExactly("Flying Lizard Motorsports", "Penske Racing");
        assertThat(long_.seasons()).containsExactly(2007, 2009);
    }

    @Test
    void mosportIs4102KmLongAndHostedEventsIn2008And2009() {
        CircuitProfile mosport = queries.circuit("Mosport");

        assertThat(mosport.circuit().name()).isEqualTo("Mosport International Raceway");
        assertThat(mosport.lengthKm()).isEqualTo(4.102);
        assertThat(mosport.locality()).isEqualTo("Bowmanville");
        assertThat(mosport.country()).isEqualTo("CA");
        assertThat(mosport.events()).extracting(EventRef::id).containsExactly("alms-2008-mosport", "alms-2009-mosport");
        assertThat(mosport.events()).extracting(EventRef::season).containsExactly(2008, 2009);
        assertThat(mosport.lapRecords()).singleElement().satisfies(record -> {
            assertThat(record.driver().name()).isEqualTo("Romain Dumas");
            assertThat(record.kind()).isEqualTo("PERSONAL_BEST");
            assertThat(record.improvementSeconds()).isEqualTo(1.6);
        });
        assertThat(mosport.statedTotals()).singleElement().satisfies(wins -> {
            assertThat(wins.metric()).isEqualTo("WINS_AT_CIRCUIT");
            assertThat(wins.value()).isEqualTo(3);
            assertThat(wins.fromYear()).isEqualTo(2003);
            assertThat(wins.toYear()).isEqualTo(2005);
            assertThat(wins.subjects()).extracting(Ref::name).containsExactly("Jörg Bergmeister");
        });
    }

    @Test
    void lagunaSecaIs36KmWithMaassensLapRecord() {
        CircuitProfile laguna = queries.circuit("laguna seca");

        assertThat(laguna.circuit().id()).isEqualTo("mazda-raceway-laguna-seca");
        assertThat(laguna.lengthKm()).isEqualTo(3.6);
        assertThat(laguna.region()).isEqualTo("California");
        assertThat(laguna.events()).extracting(EventRef::toString)
                .containsExactly("Laguna Seca 4 Hours 2007", "Laguna Seca 6 Hours 2011");
        LapRecord record = laguna.lapRecords().get(0);
        assertThat(record.driver().name()).isEqualTo("Sascha Maassen");
        assertThat(record.improvementSeconds()).isEqualTo(3.5);
        assertThat(record.event().id()).isEqualTo("alms-2007-laguna-seca");
        assertThat(laguna.sources()).contains("001_40dddd42d94a9a30#p2");
        assertThat(queries.circuit("Road Atlanta").lengthKm()).as("length not stated: unknown").isNull();
    }

    @Test
    void petitLeMans2007IsRound11AtRoadAtlantaWithNineSafetyCarPeriods() {
        EventProfile event = queries.event("Petit Le Mans 2007");

        assertThat(event.event()).isEqualTo(new EventRef("alms-2007-petit-le-mans", "Petit Le Mans", 2007, 11, null));
        assertThat(event.series().name()).isEqualTo("American Le Mans Series");
        assertThat(event.circuit().name()).isEqualTo("Road Atlanta");
        assertThat(event.format()).isEqualTo("1000 miles");
        assertThat(event.edition()).isEqualTo(10);
        assertThat(event.seasonRounds()).isEqualTo(12);
        assertThat(event.sessions()).singleElement().satisfies(race -> {
            assertThat(race.type()).isEqualTo("RACE");
            assertThat(race.safetyCarPeriods()).isEqualTo(9);
            assertThat(race.durationMinutes()).isEqualTo(559.0);
        });
        assertThat(event.reportedIn()).containsExactly("000_a2ddb8a8b78fb99c", "001_40dddd42d94a9a30");
        assertThat(event.titlesClinched()).extracting(s -> s.holder().name()).containsExactly("Romain Dumas", "Timo Bernhard");
        assertThat(event.sources()).startsWith("000_a2ddb8a8b78fb99c#p1", "000_a2ddb8a8b78fb99c#p2");
    }

    @Test
    void petitLeMans2007HasFourEntriesAndTheUnnamedCrewsStayUnknown() {
        EventProfile event = queries.event("Petit Le Mans 2007");

        assertThat(event.entries()).hasSize(4);
        EntryLine audi = event.entries().get(0);
        assertThat(audi.carClass().name()).isEqualTo("LMP1");
        assertThat(audi.car().name()).isEqualTo("Audi R10");
        assertThat(audi.crew()).extracting(Ref::name).containsExactly("Rinaldo Capello");
        assertThat(audi.crewComplete()).isFalse();
        assertThat(audi.team()).isNull();
        EntryLine dyson = event.entries().stream()
                .filter(e -> e.team() != null && e.team().name().equals("Dyson Racing")).findFirst().orElseThrow();
        assertThat(dyson.crew()).isEmpty();
        assertThat(dyson.crewComplete()).as("empty means unknown here, not nobody").isFalse();
        assertThat(event.entries()).filteredOn(EntryLine::crewComplete).hasSize(2);
    }

    @Test
    void petitLeMans2007RaceResultsAreOrderedByPositionThenClassPosition() {
        SessionLine race = queries.event("Petit Le Mans 2007").sessions().get(0);

        assertThat(race.results()).extracting(ResultLine::entryId).containsExactly(
                "alms-2007-petit-le-mans-audi-capello",
                "alms-2007-petit-le-mans-penske-racing-bernhard",
                "alms-2007-petit-le-mans-dyson-racing-car",
                "alms-2007-petit-le-mans-6");
        assertThat(race.results()).extracting(ResultLine::position).containsExactly(1, 2, null, null);
        assertThat(race.results()).extracting(ResultLine::classPosition).containsExactly(1, 1, 2, 5);
        ResultLine second = race.results().get(1);
        assertThat(second.gapSeconds()).isEqualTo(0.923);
        assertThat(second.gapToEntryId()).isEqualTo("alms-2007-petit-le-mans-audi-capello");
    }

    @Test
    void lagunaSeca2007SaysTheGt2WinnerAndLmp2ThirdAndFourthAreUnknown() {
        SessionLine race = queries.event("Laguna Seca 4 Hours 2007").sessions().stream()
                .filter(s -> s.type().equals("RACE")).findFirst().orElseThrow();

        // 001_40dddd42d94a9a30 names GT2 second to fourth and LMP2 first, second, fifth and sixth.
        assertThat(race.unknownPlaces()).extracting(u -> (u.inClass() == null ? "overall" : u.inClass().name()) + " " + u.places())
                .containsExactly("GT2 1", "LMP2 3–4");
        assertThat(race.unknownPlaces().get(0).reason())
                .isEqualTo("a later place is reported, but the sources do not say who was first in GT2");
    }

    @Test
    void mosport2008QualifyingLeavesTheOverallPoleOpen() {
        SessionLine qualifying = queries.event("Mosport 2008").sessions().get(0);

        // 003_35013f9b1b801e33: the Penske RS Spyder qualified third overall; first and second are not named.
        assertThat(qualifying.unknownPlaces()).extracting(u -> (u.inClass() == null ? "overall" : u.inClass().name()) + " " + u.places())
                .containsExactly("overall 1–2", "GT2 3", "LMP2 2–5");
    }

    @Test
    void driversPlacedAtLagunaSeca2011WithoutACarAreEntriesWhoseCarIsNotIdentified() {
        EventProfile event = queries.event("Laguna Seca 6 Hours 2011");

        assertThat(event.entries()).filteredOn(e -> !e.carIdentified())
                .extracting(e -> e.carClass().name() + " " + e.crew().get(0).name() + " " + e.crewComplete() + " " + e.number())
                .containsExactlyInAnyOrder("LMPC Ricardo Gonzalez false null", "LMPC Frankie Montecalvo false null",
                        "GTC Damien Faulkner false null");
        assertThat(event.entries()).filteredOn(EntryLine::carIdentified).hasSize(18);
    }

    @Test
    void penskeEnteredSixCarsAtThreeEvents() {
        TeamProfile penske = queries.team("Penske");

        assertThat(penske.team().name()).isEqualTo("Penske Racing");
        assertThat(penske.entries()).hasSize(6);
        assertThat(penske.events()).extracting(EventRef::id)
                .containsExactly("alms-2007-petit-le-mans", "alms-2007-laguna-seca", "alms-2008-mosport");
        assertThat(penske.entries()).extracting(EntryLine::number).containsExactly(null, "6", "7", "6", null, "6");
        assertThat(penske.drivers()).extracting(Ref::name).containsExactly(
                "Emmanuel Collard", "Patrick Long", "Romain Dumas", "Ryan Briscoe", "Sascha Maassen", "Timo Bernhard");
        assertThat(penske.supportedBy()).isEmpty();
        assertThat(penske.counted()).isEqualTo(new CountedResults(3, 4, 0, 2, 1, 2));
        assertThat(penske.statedTotals()).extracting(StatedTotal::metric).containsExactly("CHAMPIONSHIP_TOP_POSITIONS");
    }

    @Test
    void dysonRacingIsPorscheSupportedAndWonThe2011Lmp1TeamsTitle() {
        TeamProfile dyson = queries.team("Dyson Racing");

        assertThat(dyson.supportedBy()).extracting(Ref::name).containsExactly("Porsche");
        assertThat(dyson.country()).isEqualTo("US");
        assertThat(dyson.seasons()).containsExactly(2007, 2008, 2011);
        assertThat(dyson.titles()).singleElement().satisfies(title -> {
            assertThat(title.championshipId()).isEqualTo("alms-2011-lmp1-teams");
            assertThat(title.clinchedAt().toString()).isEqualTo("Laguna Seca 6 Hours 2011");
            assertThat(title.holder()).isEqualTo(new Ref("team", "dyson-racing", "Dyson Racing"));
        });
    }

    @Test
    void theRsSpyderHas478PsAndThirteenEntries() {
        CarProfile spyder = queries.car("RS Spyder");

        assertThat(spyder.car().name()).isEqualTo("Porsche RS Spyder");
        assertThat(spyder.powerHp()).isEqualTo(478);
        assertThat(spyder.manufacturer().name()).isEqualTo("Porsche");
        assertThat(spyder.engineManufacturer()).as("not stated: unknown").isNull();
        assertThat(spyder.carClass().name()).isEqualTo("LMP2");
        assertThat(spyder.builtAt()).isEqualTo("Weissach");
        assertThat(spyder.teams()).extracting(Ref::name).containsExactly("Cytosport", "Dyson Racing", "Penske Racing");
        assertThat(spyder.entries()).hasSize(13);
        assertThat(spyder.seasons()).containsExactly(2007, 2008, 2009);
        assertThat(spyder.statedTotals()).extracting(StatedTotal::metric)
                .containsExactlyInAnyOrder("CLASS_WINS", "CHAMPIONSHIP_TOP_POSITIONS", "ONE_TWO_THREE_FINISHES");
        assertThat(queries.car("Lola-Mazda").engineManufacturer().name()).isEqualTo("Mazda");
    }

    @Test
    void anAmbiguousEventNameListsTheCandidatesWithTheirSeasons() {
        assertThatThrownBy(() -> queries.event("Petit Le Mans"))
                .isInstanceOf(AmbiguousNameException.class)
                .hasMessageContaining("Petit Le Mans 2007").hasMessageContaining("Petit Le Mans 2009")
                .hasMessageContaining("Petit Le Mans 2011")
                .satisfies(e -> assertThat(((AmbiguousNameException) e).candidates()).extracting(Ref::id)
                        .containsExactlyInAnyOrder("alms-2007-petit-le-mans", "alms-2009-petit-le-mans",
                                "alms-2011-petit-le-mans"));
    }

    @Test
    void anUnknownNameSaysSo() {
        assertThatThrownBy(() -> queries.circuit("Nürburgring"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessage("No circuit matches 'Nürburgring'");
        assertThatThrownBy(() -> queries.driver("Ayrton Senna")).isInstanceOf(UnknownNameException.class);
        assertThatThrownBy(() -> queries.team("Scuderia Ferrari")).isInstanceOf(UnknownNameException.class);
    }

    @Test
    void anEventWithoutRoundOrResultsSaysUnknown() {
        EventProfile event = queries.event("Petit Le Mans 2009");

        assertThat(event.event().round()).isNull();
        assertThat(event.sessions()).isEmpty();
        assertThat(event.entries()).singleElement().satisfies(cytosport -> {
            assertThat(cytosport.team().name()).isEqualTo("Cytosport");
            assertThat(cytosport.crew()).isEmpty();
            assertThat(cytosport.crewComplete()).isFalse();
            assertThat(cytosport.results()).isEmpty();
        });
        assertThat(event.inferred()).contains("Year not printed");
    }

    @Test
    void everyProfileQueryFileRunsWithItsDeclaredExamplesAndReturnsSources() throws IOException {
        List<Path> files = QueryFileListing.cypherFiles("profile-");
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".cypher", "");
            NamedQuery query = NamedQuery.load(name);
            Map<String, Object> examples = new HashMap<>();
            query.examples().forEach((parameter, literal) -> examples.put(parameter, evaluate(literal)));
            assertThat(query.statement()).as(name + " uses only declared parameters")
                    .doesNotContainPattern("\\$(?!(" + String.join("|", query.examples().keySet()) + ")\\b)\\w+");

            List<Record> rows;
            try (var session = paddock.driver().session(paddock.sessionConfig())) {
                rows = session.executeRead(tx -> query.run(tx, examples, Map.of()));
            }

            assertThat(rows).as(name).isNotEmpty();
            assertThat(rows).as(name).allSatisfy(row -> assertThat(row.get("sources").asList()).isNotEmpty());
        }
    }

    /** A Cypher literal as Neo4j Browser reads it after {@code :param}. */
    private static Object evaluate(String literal) {
        try (var session = paddock.driver().session(paddock.sessionConfig())) {
            return session.executeRead(tx -> tx.run("RETURN " + literal + " AS value").single().get("value").asObject());
        }
    }
}
