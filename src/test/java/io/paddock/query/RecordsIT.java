package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.SeededGraph;
import io.paddock.model.HolderKind;
import io.paddock.model.RecordBasis;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.model.RecordTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Records on the shipped seed; every expected value comes from the articles (seed/articles/*.json).
 */
class RecordsIT extends SeededGraph {

    private static List<RecordRow> records(RecordKind kind, HolderKind holder, QueryFilter filter) {
        return queries.records(kind, holder, filter);
    }

    /** "rank. holder value", e.g. "1. Rinaldo Capello 2": one readable line per row. */
    private static List<String> ranking(List<RecordRow> rows) {
        return rows.stream()
                .map(r -> r.rank() + ". " + r.holder().name() + " " + (r.value() == null ? "-" : r.value().toPlainString()))
                .toList();
    }

    @Test
    void capelloHasTheMostOverallWinsCountedFromResults() {
        List<RecordRow> wins = records(RecordKind.WINS, HolderKind.DRIVER, QueryFilter.all());

        assertThat(ranking(wins)).containsExactly("1. Rinaldo Capello 2", "2. Stefan Mücke 1");
        RecordRow capello = wins.get(0);
        assertThat(capello.holder().id()).isEqualTo("rinaldo-capello");
        assertThat(capello.unit()).isEqualTo("wins");
        assertThat(capello.detail()).isEqualTo(
                "Petit Le Mans 2007 (team unknown, Audi R10); Laguna Seca 4 Hours 2007 (team unknown, Audi R10)");
        assertThat(capello.basis()).isEqualTo(RecordBasis.COUNTED_FROM_RESULTS);
        assertThat(capello.basis().counted()).isTrue();
        assertThat(capello.sources()).contains("000_a2ddb8a8b78fb99c#p1", "001_40dddd42d94a9a30#p3");
        assertThat(wins.get(1).detail()).isEqualTo("Laguna Seca 6 Hours 2011 (team unknown, Aston Martin)");
    }

    @Test
    void overallWinsByManufacturerAndCarModelGoThroughTheCar() {
        assertThat(ranking(records(RecordKind.WINS, HolderKind.MANUFACTURER, QueryFilter.all())))
                .containsExactly("1. Audi 2", "2. Aston Martin 1");
        assertThat(ranking(records(RecordKind.WINS, HolderKind.CAR, QueryFilter.all())))
                .containsExactly("1. Audi R10 2", "2. Aston Martin 1");
        // Neither winning car's entrant is named by the sources: no team is credited with an overall win.
        assertThat(records(RecordKind.WINS, HolderKind.TEAM, QueryFilter.all())).isEmpty();
    }

    @Test
    void classWinsRankTiesTogetherAndCountPerTeamThroughTheSquad() {
        assertThat(ranking(records(RecordKind.CLASS_WINS, HolderKind.DRIVER, QueryFilter.all().limit(4))))
                .containsExactly("1. Rinaldo Capello 2", "1. Romain Dumas 2", "1. Timo Bernhard 2", "4. Christophe Bouchut 1");
        List<RecordRow> teams = records(RecordKind.CLASS_WINS, HolderKind.TEAM, QueryFilter.all());
        assertThat(ranking(teams)).containsExactly(
                "1. Penske Racing 2", "2. Flying Lizard Motorsports 1", "2. Genoa 1", "2. TRG 1");
        // A team's row names the car of each win, not the team again.
        assertThat(teams.get(0).detail()).isEqualTo(
                "Petit Le Mans 2007 (LMP2, Porsche RS Spyder); Laguna Seca 4 Hours 2007 (LMP2, Porsche RS Spyder)");
        assertThat(teams.get(0).unit()).isEqualTo("class wins");
    }

    @Test
    void aClassOrSeasonFilterChangesTheAnswer() {
        assertThat(ranking(records(RecordKind.CLASS_WINS, HolderKind.DRIVER, QueryFilter.all().inClass("LMP2"))))
                .containsExactly("1. Romain Dumas 2", "1. Timo Bernhard 2",
                        "3. Christophe Bouchut 1", "3. Luis Diaz 1", "3. Patrick Long 1", "3. Scott Tucker 1");
        assertThat(ranking(records(RecordKind.CLASS_WINS, HolderKind.MANUFACTURER, QueryFilter.all().season(2007))))
                .containsExactly("1. Audi 2", "1. Porsche 2");
        assertThat(ranking(records(RecordKind.CLASS_WINS, HolderKind.MANUFACTURER, QueryFilter.all().season(2011))))
                .containsExactly("1. Aston Martin 1");
        assertThat(ranking(records(RecordKind.WINS, HolderKind.DRIVER, QueryFilter.all().between(2008, 2011))))
                .containsExactly("1. Stefan Mücke 1");
        assertThat(ranking(records(RecordKind.WINS, HolderKind.DRIVER, QueryFilter.all().event("Petit Le Mans 2007"))))
                .containsExactly("1. Rinaldo Capello 1");
    }

    @Test
    void aLimitCutsTheTable() {
        assertThat(ranking(records(RecordKind.WINS, HolderKind.DRIVER, QueryFilter.all().limit(1))))
                .containsExactly("1. Rinaldo Capello 2");
        assertThat(records(RecordKind.CLASS_WINS, HolderKind.DRIVER, QueryFilter.all())).hasSize(12);
        assertThat(records(RecordKind.CLASS_WINS, HolderKind.DRIVER, QueryFilter.all().limit(5))).hasSize(5);
    }

    @Test
    void maassenTookTheOverallPoleAtLagunaSeca2007AndDumasTheLmp2PoleAtMosport2008() {
        List<RecordRow> poles = records(RecordKind.POLES, HolderKind.DRIVER, QueryFilter.all().season(2007));
        assertThat(ranking(poles)).containsExactly("1. Ryan Briscoe 1", "1. Sascha Maassen 1");
        assertThat(poles.get(1).detail()).isEqualTo("Laguna Seca 4 Hours 2007 (Penske Racing, Porsche RS Spyder)");
        assertThat(poles.get(1).sources()).contains("001_40dddd42d94a9a30#p2");

        List<RecordRow> lmp2 = records(RecordKind.CLASS_POLES, HolderKind.DRIVER, QueryFilter.all().inClass("LMP2"));
        assertThat(ranking(lmp2)).containsExactly(
                "1. Romain Dumas 1", "1. Ryan Briscoe 1", "1. Sascha Maassen 1", "1. Timo Bernhard 1");
        assertThat(lmp2.get(0).detail()).isEqualTo("Mosport 2008 (LMP2, Penske Racing, Porsche RS Spyder)");
        assertThat(lmp2.get(0).sources()).contains("003_35013f9b1b801e33#p1", "003_35013f9b1b801e33#p2");
        // Dumas was third overall at Mosport 2008: a class pole, not an overall one.
        assertThat(records(RecordKind.POLES, HolderKind.DRIVER, QueryFilter.all().season(2008))).isEmpty();
    }

    @Test
    void penskeHasTheMostClassPolesPerTeam() {
        List<RecordRow> teams = records(RecordKind.CLASS_POLES, HolderKind.TEAM, QueryFilter.all());

        assertThat(ranking(teams)).containsExactly("1. Penske Racing 2", "2. Dyson Racing 1", "2. RLL 1");
        assertThat(teams.get(0).detail())
                .isEqualTo("Laguna Seca 4 Hours 2007 (LMP2, Porsche RS Spyder); Mosport 2008 (LMP2, Porsche RS Spyder)");
        assertThat(teams.get(0).unit()).isEqualTo("class poles");
    }

    @Test
    void theLongestCountedClassWinStreaksAreTwoAndStayApartFromTheStatedFive() {
        List<RecordRow> streaks = records(RecordKind.CLASS_WIN_STREAKS, null, QueryFilter.all().inClass("LMP2"));

        assertThat(ranking(streaks)).startsWith("1. Romain Dumas 2", "1. Timo Bernhard 2", "3. Christophe Bouchut 1");
        assertThat(streaks.get(0).detail())
                .isEqualTo("from Petit Le Mans 2007 (LMP2); to Laguna Seca 4 Hours 2007 (LMP2)");
        assertThat(streaks.get(0).basis()).isEqualTo(RecordBasis.COUNTED_FROM_RESULTS);
        assertThat(streaks.get(0).unit()).isEqualTo("consecutive class wins");

        // The article's "five in a row" (most of those races have no result in the graph) is a stated total.
        List<RecordRow> stated = records(RecordKind.STATED_TOTALS, HolderKind.DRIVER, QueryFilter.all().season(2007));
        assertThat(stated).filteredOn(r -> r.unit().equals("consecutive class wins"))
                .extracting(r -> r.holder().name() + " " + r.value() + " " + r.basis())
                .containsExactly("Romain Dumas 5 STATED_BY_SOURCE", "Timo Bernhard 5 STATED_BY_SOURCE");
    }

    @Test
    void aRecordCountedForTheWrongHolderOrEventIsRefused() {
        assertThatThrownBy(() -> records(RecordKind.CLASS_WIN_STREAKS, HolderKind.TEAM, QueryFilter.all()))
                .isInstanceOf(PaddockException.class)
                .hasMessage("The streaks record cannot be counted per team: it is counted per driver");
        assertThatThrownBy(() -> records(RecordKind.CLOSEST_FINISHES, HolderKind.DRIVER, QueryFilter.all()))
                .isInstanceOf(PaddockException.class).hasMessageContaining("it belongs to its event");
        assertThatThrownBy(() -> records(RecordKind.TITLES, HolderKind.DRIVER, QueryFilter.all().event("Petit Le Mans 2007")))
                .isInstanceOf(PaddockException.class).hasMessageContaining("no event filter");
    }

    @Test
    void theClosestFinishWasLagunaSeca2007By041SecondsThenPetitLeMans2007() {
        List<RecordRow> finishes = records(RecordKind.CLOSEST_FINISHES, null, QueryFilter.all());

        assertThat(finishes).extracting(r -> r.rank() + ". " + r.holder().id() + " " + r.value().toPlainString())
                .containsExactly("1. alms-2007-laguna-seca 0.41", "2. alms-2007-petit-le-mans 0.923");
        RecordRow closest = finishes.get(0);
        assertThat(closest.holder().kind()).isEqualTo("event");
        assertThat(closest.unit()).isEqualTo("seconds");
        assertThat(closest.detail()).isEqualTo("2007, overall; won by Audi R10 (Rinaldo Capello, (unknown)); "
                + "ahead of Porsche RS Spyder #7 (Romain Dumas, Timo Bernhard); after 157 laps");
        assertThat(closest.sources()).contains("001_40dddd42d94a9a30#p3");
        // Both fights were an LMP2 car chasing the LMP1 winner: not a finish within LMP2.
        assertThat(records(RecordKind.CLOSEST_FINISHES, null, QueryFilter.all().inClass("LMP2"))).isEmpty();
    }

    @Test
    void maassensLagunaSecaLapRecordImprovedByThreeAndAHalfSecondsDumasPersonalBestByOnePointSix() {
        List<RecordRow> improvements = records(RecordKind.LAP_RECORD_IMPROVEMENTS, null, QueryFilter.all());
        assertThat(ranking(improvements)).containsExactly("1. Sascha Maassen 3.5", "2. Romain Dumas 1.6");
        assertThat(improvements.get(0).detail()).startsWith("Mazda Raceway Laguna Seca circuit record");
        assertThat(improvements.get(1).detail()).startsWith("Mosport International Raceway personal best");
        assertThat(improvements).allSatisfy(r -> assertThat(r.basis()).isEqualTo(RecordBasis.REPORTED_LAP_RECORD));

        List<RecordRow> lapRecords = records(RecordKind.LAP_RECORDS, null, QueryFilter.all());
        assertThat(ranking(lapRecords)).containsExactly("1. Sascha Maassen -", "1. Romain Dumas -");
        assertThat(lapRecords.get(0).detail()).isEqualTo("Mazda Raceway Laguna Seca circuit record; "
                + "qualifying, Laguna Seca 4 Hours 2007; Porsche RS Spyder (LMP2); lap time not stated; "
                + "3.5 s faster than the previous record");
        assertThat(lapRecords.get(0).sources()).containsExactly("001_40dddd42d94a9a30#p2");
        assertThat(records(RecordKind.LAP_RECORDS, null, QueryFilter.all().season(2008)))
                .extracting(r -> r.holder().name()).containsExactly("Romain Dumas");
    }

    @Test
    void titlesAreFinalFirstPlacesPerDriverAndTeam() {
        List<RecordRow> drivers = records(RecordKind.TITLES, HolderKind.DRIVER, QueryFilter.all());
        assertThat(ranking(drivers)).containsExactly("1. Dirk Müller 1", "1. Joey Hand 1", "1. Jörg Bergmeister 1",
                "1. Romain Dumas 1", "1. Sascha Maassen 1", "1. Timo Bernhard 1");
        assertThat(drivers).filteredOn(r -> r.holder().id().equals("timo-bernhard")).singleElement()
                .satisfies(r -> {
                    assertThat(r.detail()).isEqualTo("ALMS 2007 LMP2 drivers' championship");
                    assertThat(r.basis()).isEqualTo(RecordBasis.COUNTED_FROM_STANDINGS);
                    assertThat(r.sources()).contains("000_a2ddb8a8b78fb99c#p1");
                });
        // Bergmeister was second in 2007 (no title); his title is the 2008 one, worked out from a later article.
        assertThat(drivers).filteredOn(r -> r.holder().id().equals("joerg-bergmeister"))
                .extracting(RecordRow::detail).containsExactly("ALMS 2008 GT2 drivers' championship (inferred)");
        assertThat(ranking(records(RecordKind.TITLES, HolderKind.DRIVER, QueryFilter.all().season(2011))))
                .containsExactly("1. Dirk Müller 1", "1. Joey Hand 1");

        // Dyson Racing led the 2011 LMP1 teams' standings before winning them: one title, not two.
        List<RecordRow> teams = records(RecordKind.TITLES, HolderKind.TEAM, QueryFilter.all());
        assertThat(ranking(teams)).containsExactly("1. Dyson Racing 1");
        assertThat(teams.get(0).detail()).isEqualTo("ALMS 2011 LMP1 teams' championship (inferred)");
    }

    @Test
    void dumasHasTheMostStartsAndPorscheTheMostPerManufacturer() {
        assertThat(ranking(records(RecordKind.STARTS, HolderKind.DRIVER, QueryFilter.all().limit(7)))).containsExactly(
                "1. Romain Dumas 3", "2. Butch Leitzinger 2", "2. Chris Dyson 2", "2. Johannes van Overbeek 2",
                "2. Jörg Bergmeister 2", "2. Rinaldo Capello 2", "2. Ryan Briscoe 2");
        List<RecordRow> dumas = records(RecordKind.STARTS, HolderKind.DRIVER, QueryFilter.all().limit(1));
        assertThat(dumas.get(0).detail()).isEqualTo("from 2007 to 2011");
        assertThat(dumas.get(0).basis()).isEqualTo(RecordBasis.COUNTED_FROM_RESULTS);
        assertThat(ranking(records(RecordKind.STARTS, HolderKind.TEAM, QueryFilter.all().limit(3))))
                .containsExactly("1. Dyson Racing 4", "2. Flying Lizard Motorsports 2", "2. Penske Racing 2");
        assertThat(ranking(records(RecordKind.STARTS, HolderKind.MANUFACTURER, QueryFilter.all().limit(2))))
                .containsExactly("1. Porsche 4", "2. Audi 2");
    }

    @Test
    void porschesStatedEightOverallWinsIn2007StayApartFromItsCountedNone() {
        List<RecordRow> stated = records(RecordKind.STATED_TOTALS, HolderKind.MANUFACTURER, QueryFilter.all().season(2007));
        assertThat(stated).extracting(r -> r.holder().name() + " " + r.value() + " " + r.unit())
                .containsExactly("Porsche 11 class wins", "Porsche 8 overall wins", "Porsche 4 titles defended");
        RecordRow eightWins = stated.get(1);
        assertThat(eightWins.basis()).isEqualTo(RecordBasis.STATED_BY_SOURCE);
        assertThat(eightWins.basis().counted()).isFalse();
        assertThat(eightWins.detail()).startsWith("2007 season");
        assertThat(eightWins.sources()).containsExactly("001_40dddd42d94a9a30#p4", "001_40dddd42d94a9a30#p7");

        // Counted from results, Porsche has no overall win in 2007: the stated total is not mixed in.
        List<RecordRow> counted = records(RecordKind.WINS, HolderKind.MANUFACTURER, QueryFilter.all().season(2007));
        assertThat(ranking(counted)).containsExactly("1. Audi 2");
        assertThat(counted).allSatisfy(r -> assertThat(r.basis()).isEqualTo(RecordBasis.COUNTED_FROM_RESULTS));
    }

    @Test
    void statedTotalsKeepEverySubjectAndRankWithinTheirMetric() {
        List<RecordRow> all = records(RecordKind.STATED_TOTALS, null, QueryFilter.all().limit(100));

        assertThat(all).hasSize(22).allSatisfy(r -> assertThat(r.basis()).isEqualTo(RecordBasis.STATED_BY_SOURCE));
        assertThat(all).filteredOn(r -> r.unit().equals("overall wins"))
                .extracting(r -> r.rank() + ". " + r.holder().kind() + " " + r.holder().name() + " " + r.value())
                .containsExactly("1. manufacturer Porsche 8", "2. driver Romain Dumas 6", "2. driver Timo Bernhard 6");
        assertThat(all).filteredOn(r -> r.holder().id().equals("timo-bernhard") && r.unit().equals("overall wins"))
                .extracting(RecordRow::detail).containsExactly("2007 season; together with Romain Dumas");
        // A career total has no season: a year filter leaves it out.
        assertThat(all).filteredOn(r -> r.unit().equals("class poles"))
                .extracting(r -> r.holder().name() + " " + r.value()).containsExactly("Romain Dumas 16");
        assertThat(records(RecordKind.STATED_TOTALS, HolderKind.DRIVER, QueryFilter.all().season(2008))).isEmpty();
    }

    private static final Pattern PARAM = Pattern.compile("(?m)^// :param (\\w+) => (.+)$");
    private static final Pattern USED = Pattern.compile("\\$(\\w+)");

    @Test
    void winsIn2007StandBesideTheWinsTheArticlesStateAndSayWhereTheyDiffer() {
        RecordTable table = queries.recordTable(RecordKind.WINS, null, QueryFilter.all().season(2007));

        assertThat(ranking(table.counted())).containsExactly("1. Rinaldo Capello 2");
        // 001_40dddd42d94a9a30: Porsche won eight races overall in 2007, six of them Bernhard and Dumas.
        assertThat(ranking(table.stated())).containsExactly("1. Porsche 8", "2. Romain Dumas 6", "2. Timo Bernhard 6");
        assertThat(table.stated()).allSatisfy(r -> {
            assertThat(r.basis()).isEqualTo(RecordBasis.STATED_BY_SOURCE);
            assertThat(r.unit()).isEqualTo("overall wins");
            assertThat(r.sources()).allMatch(source -> source.startsWith("001_40dddd42d94a9a30#p"));
        });
        assertThat(table.comparisons()).extracting(c -> c.holder().name() + " " + c.stated() + "/" + c.counted())
                .containsExactly("Porsche 8/0", "Romain Dumas 6/0", "Timo Bernhard 6/0");
        assertThat(table.comparisons().get(0).note()).isEqualTo("Porsche: 8 overall wins in the 2007 season stated, "
                + "0 counted — the graph holds only some of that season's results.");
        assertThat(table.statedNote()).isNull();

        // --by narrows the stated totals to the same holder kind.
        assertThat(ranking(queries.recordTable(RecordKind.WINS, HolderKind.MANUFACTURER, QueryFilter.all().season(2007))
                .stated())).containsExactly("1. Porsche 8");
    }

    @Test
    void aCareerTotalIsComparedWithEveryResultTheGraphHolds() {
        RecordTable table = queries.recordTable(RecordKind.CLASS_POLES, HolderKind.DRIVER, QueryFilter.all());

        // 003_35013f9b1b801e33: Dumas's 16th class pole in the ALMS, at Mosport 2008; the graph holds that one.
        assertThat(ranking(table.stated())).containsExactly("1. Romain Dumas 16");
        assertThat(table.stated().get(0).asOf()).isEqualTo("Mosport 2008");
        assertThat(table.comparisons()).singleElement().satisfies(c -> {
            assertThat(c.stated()).isEqualTo(16);
            assertThat(c.counted()).isEqualTo(1);
            assertThat(c.scope()).isEqualTo("the career up to Mosport 2008");
        });
    }

    @Test
    void podiumsCountTheTopThreeAndMeetTheTwelveOfTwelveStated() {
        RecordTable table = queries.recordTable(RecordKind.PODIUMS, HolderKind.DRIVER, QueryFilter.all().season(2007));

        assertThat(ranking(table.counted())).containsExactly(
                "1. Rinaldo Capello 2", "1. Romain Dumas 2", "1. Timo Bernhard 2", "4. Patrick Long 1");
        assertThat(table.counted().get(1).detail()).isEqualTo("Petit Le Mans 2007 P2 (Penske Racing, Porsche RS Spyder); "
                + "Laguna Seca 4 Hours 2007 P2 (Penske Racing, Porsche RS Spyder)");
        assertThat(ranking(table.stated())).containsExactly("1. Romain Dumas 12", "1. Timo Bernhard 12");
        assertThat(table.comparisons()).extracting(c -> c.stated() + "/" + c.counted()).containsExactly("12/2", "12/2");
        // Cytosport's two LMP2 podiums of 2009 are class podiums: stated beside class-podiums, not podiums.
        assertThat(ranking(queries.recordTable(RecordKind.CLASS_PODIUMS, HolderKind.TEAM, QueryFilter.all()).stated()))
                .containsExactly("1. Cytosport 2");
    }

    @Test
    void whereNothingIsStatedTheTableSaysSo() {
        RecordTable poles = queries.recordTable(RecordKind.POLES, null, QueryFilter.all());
        assertThat(poles.stated()).isEmpty();
        assertThat(poles.statedNote()).isEqualTo("The sources state no total for this record and these filters.");

        RecordTable oneEvent = queries.recordTable(RecordKind.WINS, null, QueryFilter.all().event("Petit Le Mans 2007"));
        assertThat(ranking(oneEvent.counted())).containsExactly("1. Rinaldo Capello 1");
        assertThat(oneEvent.statedNote()).contains("not to one event");

        RecordTable closest = queries.recordTable(RecordKind.CLOSEST_FINISHES, null, QueryFilter.all());
        assertThat(closest.counted()).hasSize(2);
        assertThat(closest.statedNote()).isNull();
    }

    @Test
    void aClassWinRowNamesTheTeamAndCarSoWhoWonLmpcReadsWithTheTeam() {
        List<RecordRow> lmpc = records(RecordKind.CLASS_WINS, HolderKind.DRIVER, QueryFilter.all().inClass("LMPC"));

        // 002_5f0b9dc16f1a01fe: Julian and Lux won LMPC for Genoa; the article names no chassis.
        assertThat(lmpc).extracting(r -> r.holder().name() + ": " + r.detail()).containsExactly(
                "Elton Julian: Laguna Seca 6 Hours 2011 (LMPC, Genoa, car unknown)",
                "Eric Lux: Laguna Seca 6 Hours 2011 (LMPC, Genoa, car unknown)");
    }

    @Test
    void titlesWithoutAHolderListEveryKindOfChampionship() {
        List<RecordRow> titles = records(RecordKind.TITLES, null, QueryFilter.all());

        assertThat(titles).extracting(r -> r.rank() + ". " + r.holder().name() + " " + r.value() + " " + r.unit())
                .containsExactly("1. Dirk Müller 1 drivers' titles", "1. Joey Hand 1 drivers' titles",
                        "1. Jörg Bergmeister 1 drivers' titles", "1. Romain Dumas 1 drivers' titles",
                        "1. Sascha Maassen 1 drivers' titles", "1. Timo Bernhard 1 drivers' titles",
                        "1. Dyson Racing 1 teams' titles");
        assertThat(titles.get(6).holder().kind()).isEqualTo("team");
    }

    @Test
    void everyRecordsFileRunsAsIsWithItsDeclaredParametersAndReturnsSources() throws IOException {
        List<Path> files = QueryFileListing.cypherFiles("records-");
        assertThat(files).hasSize(13);
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).startsWith("// ");
            Map<String, Object> parameters = new HashMap<>();
            Map<String, String> examples = new LinkedHashMap<>();
            Matcher declared = PARAM.matcher(text);
            while (declared.find()) {
                examples.put(declared.group(1), declared.group(2).strip());
            }
            examples.forEach((name, literal) ->
                    parameters.put(name, paddock.cypher("RETURN " + literal + " AS v", Map.of()).get(0).get("v")));
            Set<String> used = new TreeSet<>();
            text.lines().filter(line -> !line.startsWith("//")).forEach(line -> {
                Matcher m = USED.matcher(line);
                while (m.find()) {
                    used.add(m.group(1));
                }
            });
            assertThat(examples.keySet()).as(file + " declares what it uses").containsExactlyInAnyOrderElementsOf(used);

            String statement = text.strip().replaceAll(";$", "");
            List<Map<String, Object>> rows = paddock.cypher(statement, parameters);
            assertThat(rows).as(file + " returns rows with its examples").isNotEmpty();
            assertThat(rows).allSatisfy(row -> {
                assertThat(row).containsKeys("holderKind", "holderId", "holder", "value", "unit", "detail", "basis");
                assertThat(RecordBasis.valueOf((String) row.get("basis"))).isNotNull();
                assertThat((List<?>) row.get("sources")).as(file + " sources").isNotEmpty()
                        .allSatisfy(s -> assertThat((String) s).matches("\\d{3}_[0-9a-f]{16}#p\\d+"));
            });
        }
    }

    @Test
    void everyKindHasAFileAndAUserFacingName() {
        // The ALMS articles of the seed report no fastest laps, grand slams or drivers of the day (F1 datasets do).
        Set<RecordKind> notInTheSeed = EnumSet.of(RecordKind.FASTEST_LAPS, RecordKind.GRAND_SLAMS, RecordKind.DRIVER_OF_THE_DAY);
        for (RecordKind kind : notInTheSeed) {
            assertThat(records(kind, null, QueryFilter.all())).as(kind.key()).isEmpty();
        }
        for (RecordKind kind : RecordKind.values()) {
            assertThat(RecordKind.fromKey(kind.key())).isEqualTo(kind);
            if (notInTheSeed.contains(kind)) {
                continue;
            }
            assertThat(records(kind, null, QueryFilter.all())).as(kind.key()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.kind()).isEqualTo(kind))
                    .allSatisfy(r -> assertThat(r.rank()).isPositive());
        }
        assertThat(RecordKind.fromKey("Class-Wins")).isEqualTo(RecordKind.CLASS_WINS);
        assertThatThrownBy(() -> RecordKind.fromKey("fastest")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wins, class-wins, podiums, class-podiums, poles");
        assertThat(HolderKind.fromKey("car")).isEqualTo(HolderKind.CAR);
        assertThat(BigDecimal.valueOf(2)).isEqualTo(records(RecordKind.WINS, null, null).get(0).value());
    }
}
