package io.paddock.importer;

import io.paddock.Paddock;
import io.paddock.model.AheadRule;
import io.paddock.model.DriverSummary;
import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.HeadToHeadScore;
import io.paddock.model.HolderKind;
import io.paddock.model.Partner;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.model.Teammates;
import io.paddock.query.PaddockQueries;
import io.paddock.query.QueryFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both datasets in full plus the shipped seed (Maven profile {@code full-data}), checked against figures this test
 * computes from the CSV files itself ({@link DatasetFigures}, no importer code): wins, titles, team and Le Mans
 * records, entries and crews, node counts per label, and the facade's answers. Skipped when the data is absent.
 */
class FullDataIT {

    private static final QueryFilter F1 = QueryFilter.all().series("Formula 1");
    private static final QueryFilter LE_MANS = QueryFilter.all().series("Le Mans");

    private static FullDataGraph graph;
    private static Paddock paddock;
    private static PaddockQueries queries;

    @BeforeAll
    static void importTheFullData() {
        graph = FullDataGraph.get();
        paddock = graph.paddock;
        queries = paddock.queries();
    }

    @Test
    void everyRowIsReadAndNoneIsRejected() {
        assertThat(graph.ergast.rowsRead()).containsEntry("results.csv", DatasetFigures.csv(DatasetFigures.ERGAST.resolve("results.csv"), ',').size())
                .containsEntry("results.csv", 27_118)
                .containsEntry("qualifying.csv", DatasetFigures.csv(DatasetFigures.ERGAST.resolve("qualifying.csv"), ',').size());
        assertThat(graph.lemans.rowsRead()).containsEntry("results_in.csv", DatasetFigures.leMansRows(y -> true).size())
                .containsEntry("results_in.csv", 5_539);
        assertThat(graph.ergast.rejected()).isEmpty();
        assertThat(graph.lemans.rejected()).isEmpty();
    }

    @Test
    void importingTheSameDataAgainCreatesNothing() {
        assertThat(graph.ergast.written().nodesCreated()).isPositive();
        assertThat(graph.lemans.written().relationshipsCreated()).isPositive();
        assertThat(graph.ergastAgain.written().nodesCreated()).isZero();
        assertThat(graph.ergastAgain.written().relationshipsCreated()).isZero();
        assertThat(graph.lemansAgain.written().nodesCreated()).isZero();
        assertThat(graph.lemansAgain.written().relationshipsCreated()).isZero();
        assertThat(graph.seed.nodesCreated()).isPositive();
        assertThat(graph.seedAgain.nodesCreated()).isZero();
        assertThat(graph.seedAgain.relationshipsCreated()).isZero();
    }

    @Test
    void theSecondPassInAnotherOrderLeavesTheSameGraph() {
        // The first pass wrote the seed, F1, Le Mans; the second Le Mans, F1, the seed: every node and relationship
        // with every property is the same (the sorted full export's SHA-256; the counts are the graph's size).
        assertThat(graph.afterFirstPass).matches("[0-9a-f]{64} \\(\\d{3},\\d{3} nodes, \\d{3},\\d{3} relationships\\)");
        assertThat(graph.afterSecondPass).isEqualTo(graph.afterFirstPass);
    }

    @Test
    void f1WinsTopTenAreTheFilesWinners() {
        Map<String, Integer> wins = DatasetFigures.f1WinsByDriver(y -> true);
        List<String> expected = wins.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).map(e -> e.getKey() + " " + e.getValue()).toList();
        assertThat(expected).startsWith("Lewis Hamilton 105", "Michael Schumacher 91", "Max Verstappen 67");

        List<RecordRow> rows = queries.records(RecordKind.WINS, HolderKind.DRIVER, F1.limit(10));

        assertThat(rows).extracting(r -> r.holder().name() + " " + r.value()).containsExactlyElementsOf(expected);
        assertThat(rows.get(0).rank()).isEqualTo(1);
    }

    @Test
    void f1TitlesNameEverySeasonsChampion() {
        Map<Integer, String> champions = DatasetFigures.f1Titles();
        assertThat(champions).hasSize(75).containsEntry(2008, "Lewis Hamilton").containsEntry(1950, "Nino Farina");

        List<RecordRow> rows = queries.records(RecordKind.TITLES, HolderKind.DRIVER, F1.limit(200));

        Pattern season = Pattern.compile("Formula 1 (\\d{4}) drivers' championship");
        Map<Integer, String> graphChampions = new TreeMap<>();
        for (RecordRow row : rows) {
            Matcher m = season.matcher(row.detail());
            int titles = 0;
            while (m.find()) {
                graphChampions.put(Integer.valueOf(m.group(1)), row.holder().name());
                titles++;
            }
            assertThat(row.value().intValue()).as(row.holder().name()).isEqualTo(titles);
        }
        assertThat(graphChampions).isEqualTo(champions);
        Map<String, Long> perDriver = champions.values().stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        assertThat(rows).extracting(r -> r.holder().name() + " " + r.value())
                .startsWith("Lewis Hamilton " + perDriver.get("Lewis Hamilton"), "Michael Schumacher " + perDriver.get("Michael Schumacher"));
    }

    @Test
    void ferrariHasTheMostConstructorWins() {
        int races = DatasetFigures.f1RacesWonBy("ferrari").size();
        assertThat(races).isEqualTo(248); // 249 winner lines: one 1956 win was a shared drive

        List<RecordRow> rows = queries.records(RecordKind.WINS, HolderKind.TEAM, F1.limit(3));

        assertThat(rows.get(0).holder().id()).isEqualTo("ferrari");
        assertThat(rows.get(0).value().intValue()).isEqualTo(races);
    }

    @Test
    void leMansOverallWinsPerDriver() {
        Map<String, Integer> wins = DatasetFigures.leMansWinsByDriver(y -> true);
        assertThat(wins).containsEntry("Tom Kristensen", 9).containsEntry("Jacky Ickx", 6);
        List<Integer> topValues = wins.values().stream().sorted(Comparator.reverseOrder()).limit(20).toList();

        List<RecordRow> rows = queries.records(RecordKind.WINS, HolderKind.DRIVER, LE_MANS.limit(20));

        assertThat(rows).extracting(r -> r.value().intValue()).containsExactlyElementsOf(topValues);
        rows.forEach(r -> assertThat(r.value().intValue()).as(r.holder().name()).isEqualTo(wins.get(r.holder().name())));
        assertThat(rows.subList(0, 2)).extracting(r -> r.holder().id()).containsExactly("tom-kristensen", "jacky-ickx");
    }

    @Test
    void leMansEntriesPerYear() {
        Map<Integer, Integer> expected = DatasetFigures.leMansEntriesPerYear(y -> true);
        assertThat(expected).hasSize(95);

        Map<Integer, Integer> actual = new TreeMap<>();
        paddock.cypher("""
                MATCH (n:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(:Series {id: $series})
                RETURN s.year AS year, count(n) AS entries""", Map.of("series", "lemans"))
                .forEach(r -> actual.put(((Number) r.get("year")).intValue(), ((Number) r.get("entries")).intValue()));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyLeMansCrewHasTheNamesOfItsRow() {
        Map<Integer, Integer> expected = DatasetFigures.leMansCrewSizeByLine();

        Map<Integer, Integer> actual = new TreeMap<>();
        paddock.cypher("""
                MATCH (n:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(:Series {id: $series})
                UNWIND [s IN n.sources WHERE s STARTS WITH $prefix] AS source
                RETURN toInteger(substring(source, size($prefix))) AS line, COUNT { (:Driver)-[:DROVE]->(n) } AS crew""",
                Map.of("series", "lemans", "prefix", "lemans24#results_in.csv:"))
                .forEach(r -> assertThat(actual.put(((Number) r.get("line")).intValue(), ((Number) r.get("crew")).intValue()))
                        .as("one entry per line").isNull());

        assertThat(actual).hasSize(5_539).isEqualTo(expected);
    }

    @Test
    void nodeCountsPerLabelMatchTheFiles() {
        Map<Integer, Boolean> editions = DatasetFigures.leMansEditions();
        long run = editions.values().stream().filter(cancelled -> !cancelled).count();
        Map<String, Integer> f1Years = DatasetFigures.f1Races(y -> true);
        assertThat(f1Years).hasSize(1_149);
        assertThat(editions).hasSize(104);
        Set<String> f1Entries = new HashSet<>();
        DatasetFigures.F1_CAR_FILES.forEach(f -> f1Entries.addAll(DatasetFigures.f1Cars(f)));
        long leMansRaceResults = DatasetFigures.leMansRows(y -> !editions.get(y)).stream().filter(DatasetFigures::leMansStarted).count();
        Set<String> f1QualifyingRaces = new HashSet<>(DatasetFigures.f1RacesIn("qualifying.csv"));
        f1QualifyingRaces.addAll(DatasetFigures.f1RacesIn("results.csv"));

        Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("f1 Season", (long) new HashSet<>(f1Years.values()).size()),
                Map.entry("lemans Season", (long) editions.size()),
                Map.entry("f1 Event", (long) f1Years.size()),
                Map.entry("lemans Event", (long) editions.size()),
                Map.entry("f1 Session RACE", (long) DatasetFigures.f1RacesIn("results.csv").size()),
                Map.entry("f1 Session QUALIFYING", (long) f1QualifyingRaces.size()),
                Map.entry("f1 Session SPRINT", (long) DatasetFigures.f1RacesIn("sprint_results.csv").size()),
                Map.entry("lemans Session RACE", run),
                Map.entry("f1 Entry", (long) f1Entries.size()),
                Map.entry("lemans Entry", (long) DatasetFigures.leMansRows(y -> true).size()),
                Map.entry("f1 Result RACE", (long) DatasetFigures.f1StartedCars("results.csv").size()),
                Map.entry("f1 Result QUALIFYING", (long) DatasetFigures.f1QualifyingCars().size()),
                Map.entry("f1 Result SPRINT", (long) DatasetFigures.f1StartedCars("sprint_results.csv").size()),
                Map.entry("lemans Result RACE", leMansRaceResults),
                Map.entry("f1 Driver", (long) DatasetFigures.f1DriversWithLines().size())));
        assertThat(expected).containsEntry("f1 Session RACE", 1_143L).containsEntry("f1 Driver", 864L);

        Map<String, Long> actual = new TreeMap<>();
        String count = """
                MATCH (series:Series) WHERE series.id IN ['f1', 'lemans']
                CALL (series) {
                  MATCH (s:Season)-[:OF_SERIES]->(series) RETURN 'Season' AS what, count(s) AS n
                  UNION
                  MATCH (e:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(series) RETURN 'Event' AS what, count(e) AS n
                  UNION
                  MATCH (x:Session)<-[:HAS_SESSION]-(:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(series)
                  RETURN 'Session ' + x.type AS what, count(x) AS n
                  UNION
                  MATCH (n:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(series)
                  RETURN 'Entry' AS what, count(n) AS n
                  UNION
                  MATCH (r:Result)-[:IN_SESSION]->(x:Session)<-[:HAS_SESSION]-(:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(series)
                  RETURN 'Result ' + x.type AS what, count(r) AS n
                  UNION
                  MATCH (d:Driver) WHERE EXISTS { (d)-[:DROVE]->(:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(series) }
                  RETURN 'Driver' AS what, count(d) AS n
                }
                RETURN series.id + ' ' + what AS what, n""";
        paddock.cypher(count, Map.of()).forEach(r -> actual.put((String) r.get("what"), ((Number) r.get("n")).longValue()));
        long leMansDrivers = actual.remove("lemans Driver");

        assertThat(actual).isEqualTo(expected);
        // Le Mans names are plain strings: spelling variants of one person are one driver, so fewer drivers than names.
        int names = DatasetFigures.leMansNames().size();
        assertThat(names).isEqualTo(4_256);
        assertThat(leMansDrivers).isLessThanOrEqualTo(names).isGreaterThanOrEqualTo(Math.round(names * 0.95));

        Map<String, Long> labels = new HashMap<>();
        paddock.cypher("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n", Map.of())
                .forEach(r -> labels.put((String) r.get("label"), ((Number) r.get("n")).longValue()));
        assertThat(labels.get("Series")).isEqualTo(3);
        assertThat(labels.get("Person")).isGreaterThan(labels.get("Driver"));
        assertThat(labels.get("Squad")).isLessThan(labels.get("Entry")).isGreaterThan(labels.get("Event"));
        assertThat(labels.get("Driver")).isLessThanOrEqualTo(864 + names + 46L).isGreaterThan(864 + leMansDrivers / 2);
        assertThat(paddock.cypher("""
                RETURN COUNT { MATCH (n:Entry) WHERE COUNT { (n)-[:IN_EVENT]->() } <> 1 RETURN n } AS entries,
                       COUNT { MATCH (r:Result) WHERE COUNT { (r)-[:OF_ENTRY]->() } <> 1 OR COUNT { (r)-[:IN_SESSION]->() } <> 1
                               RETURN r } AS results""", Map.of()))
                .as("every entry in one event, every result of one entry in one session")
                .containsExactly(Map.of("entries", 0L, "results", 0L));
    }

    @Test
    void hamiltonsTeamMatesAreHisConstructorsOtherCars() {
        Map<String, Integer> expected = DatasetFigures.f1TeamMates("hamilton");
        assertThat(expected).containsEntry("Nico Rosberg", 78).containsKey("Valtteri Bottas");

        Teammates answer = queries.teammates("Lewis Hamilton", F1);

        assertThat(answer.teamMates().stream().collect(Collectors.toMap(p -> p.driver().name(), Partner::events)))
                .isEqualTo(expected);
        assertThat(answer.coDrivers()).isEmpty();
        assertThat(answer.teamMates().get(0).driver().id()).isEqualTo("valtteri-bottas");
    }

    @Test
    void leMansSpellingsCuratedInPeopleJsonJoinTheFormulaOneDriver() {
        // Ergast spells them Juan Fangio and Yves Cabantous, Le Mans Juan Manuel Fangio and Yves Giraud-Cabantous;
        // without F1DB in the graph only seed/people.json joins them (issue 22, ADR 0030).
        Map<String, Long> expected = new TreeMap<>();
        for (String name : List.of("Juan Manuel Fangio", "Yves Giraud-Cabantous")) {
            expected.put(name, DatasetFigures.leMansRows(y -> true).stream()
                    .filter(r -> DatasetFigures.leMansCrew(r).contains(name)).count());
        }
        assertThat(expected).containsEntry("Juan Manuel Fangio", 4L).containsEntry("Yves Giraud-Cabantous", 11L);

        List<Map<String, Object>> rows = paddock.cypher("""
                MATCH (d:Driver) WHERE d.id IN ['juan-fangio', 'yves-cabantous', 'juan-manuel-fangio', 'yves-giraud-cabantous']
                RETURN d.id AS id,
                       COUNT { (d)-[:DROVE]->(:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(:Series {id: 'lemans'}) } AS leMans,
                       COUNT { (d)-[:DROVE]->(:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(:Series {id: 'f1'}) } > 0 AS f1
                ORDER BY id""", Map.of());

        assertThat(rows).containsExactly(
                Map.of("id", "juan-fangio", "leMans", expected.get("Juan Manuel Fangio"), "f1", true),
                Map.of("id", "yves-cabantous", "leMans", expected.get("Yves Giraud-Cabantous"), "f1", true));
    }

    @Test
    void kristensensCoDriversAtLeMans() {
        Map<String, Integer> expected = DatasetFigures.leMansCoDrivers("Tom Kristensen");
        assertThat(expected).isNotEmpty();

        Teammates answer = queries.teammates("Tom Kristensen", LE_MANS);

        assertThat(answer.coDrivers().stream().collect(Collectors.toMap(p -> p.driver().name(), Partner::events)))
                .isEqualTo(expected);
    }

    @Test
    void hamiltonAgainstRosberg() {
        DatasetFigures.HeadToHead expected = DatasetFigures.f1HeadToHead("hamilton", "rosberg");

        HeadToHead answer = queries.headToHead(PaddockQueries.Side.DRIVERS, "Lewis Hamilton", "Nico Rosberg", F1);

        int[] underTheRule = DatasetFigures.f1RaceScoreUnderTheRule("hamilton", "rosberg");
        assertThat(answer.overall().a()).isEqualTo(underTheRule[0]);
        assertThat(answer.overall().b()).isEqualTo(underTheRule[1]);
        // the races both finished with a position are the part decided by position, as before the rule ranked retirements
        List<Duel> races = answer.duels().stream().filter(d -> d.session().equals("RACE")).toList();
        assertThat(races.stream().filter(d -> d.aheadRule() == AheadRule.BETTER_POSITION && "A".equals(d.aheadOverall())).count())
                .isEqualTo(expected.raceAheadA());
        assertThat(races.stream().filter(d -> d.aheadRule() == AheadRule.BETTER_POSITION && "B".equals(d.aheadOverall())).count())
                .isEqualTo(expected.raceAheadB());
        assertThat(answer.qualifying().a()).isEqualTo(expected.qualifyingAheadA());
        assertThat(answer.qualifying().b()).isEqualTo(expected.qualifyingAheadB());
        assertThat(answer.winsA()).isEqualTo(expected.winsA());
        assertThat(answer.winsB()).isEqualTo(expected.winsB());
        // The measurement notes' check figure: 148 races both classified, Hamilton ahead in 103.
        assertThat(expected.raceAheadA() + expected.raceAheadB()).isEqualTo(148);
        assertThat(expected.raceAheadA()).isEqualTo(103);
    }
    @Test
    void theTeammateCountsAloneAreTheWholeAnswersCounts() {
        // results.csv: Hamilton's team-mates and the races they both started for one constructor (the benchmark's SQL).
        assertThat(queries.teammateCounts("Lewis Hamilton", F1)).isEqualTo(queries.teammates("Lewis Hamilton", F1).counts());
        assertThat(queries.teammateCounts("Tom Kristensen", LE_MANS)).isEqualTo(queries.teammates("Tom Kristensen", LE_MANS).counts());
        assertThat(queries.teammateCounts("Tom Kristensen", LE_MANS).coDrivers().stream()
                .collect(Collectors.toMap(p -> p.driver().name(), io.paddock.model.PartnerCount::events)))
                .isEqualTo(DatasetFigures.leMansCoDrivers("Tom Kristensen"));
    }

    @Test
    void theDriverAndTeamSummariesAreTheWholeProfilesWithoutTheirLines() {
        // A long Formula 1 career and a long Le Mans one: the summary counts in the database what the whole profile
        // counts from its lines.
        DriverSummary hamilton = queries.driverSummary("Lewis Hamilton");
        assertThat(hamilton).isEqualTo(queries.driver("Lewis Hamilton").summary());
        assertThat(queries.driverSummary("Tom Kristensen")).isEqualTo(queries.driver("Tom Kristensen").summary());
        // results.csv: Hamilton's race wins (positionOrder 1); Formula 1 has no classes, so no class line.
        assertThat(hamilton.entryTotals().counted().overallWins())
                .isEqualTo(DatasetFigures.f1WinsByDriver(y -> true).get("Lewis Hamilton"));
        assertThat(hamilton.entryTotals().classesApply()).isFalse();
        // A team of every Formula 1 season since 1950, with two or more cars a race.
        assertThat(queries.teamSummary("Ferrari")).isEqualTo(queries.team("Ferrari").summary());
    }

    @Test
    void theScoreAloneIsTheWholeHeadToHeadsScore() {
        // Hamilton against Rosberg: the race score under the rule from results.csv, read without the duels.
        HeadToHeadScore hamilton = queries.headToHeadScore(PaddockQueries.Side.DRIVERS, "Lewis Hamilton", "Nico Rosberg", F1);
        int[] underTheRule = DatasetFigures.f1RaceScoreUnderTheRule("hamilton", "rosberg");
        assertThat(hamilton.overall().a()).isEqualTo(underTheRule[0]);
        assertThat(hamilton.overall().b()).isEqualTo(underTheRule[1]);
        assertThat(hamilton).isEqualTo(queries.headToHead(PaddockQueries.Side.DRIVERS, "Lewis Hamilton", "Nico Rosberg", F1).score());
        // Teams with two cars a race, and makers at Le Mans in several classes: each side's best car, in class too.
        assertThat(queries.headToHeadScore(PaddockQueries.Side.TEAMS, "Ferrari", "McLaren", QueryFilter.all()))
                .isEqualTo(queries.headToHead(PaddockQueries.Side.TEAMS, "Ferrari", "McLaren", QueryFilter.all()).score());
        HeadToHeadScore porsche = queries.headToHeadScore(PaddockQueries.Side.MANUFACTURERS, "Porsche", "Ferrari", LE_MANS);
        assertThat(porsche.inClass().played()).isPositive();
        assertThat(porsche).isEqualTo(queries.headToHead(PaddockQueries.Side.MANUFACTURERS, "Porsche", "Ferrari", LE_MANS).score());
    }
}
