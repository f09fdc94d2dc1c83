package io.paddock.query;

import io.paddock.internal.cypher.GraphAccess;
import io.paddock.model.CarProfile;
import io.paddock.model.Career;
import io.paddock.model.CircuitProfile;
import io.paddock.model.Connection;
import io.paddock.model.Crossover;
import io.paddock.model.DriverProfile;
import io.paddock.model.DriverSummary;
import io.paddock.model.EventProfile;
import io.paddock.model.HeadToHead;
import io.paddock.model.HeadToHeadScore;
import io.paddock.model.HolderKind;
import io.paddock.model.Pairing;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.model.RecordTable;
import io.paddock.model.Ref;
import io.paddock.model.Rival;
import io.paddock.model.TeamMateBattle;
import io.paddock.model.TeamProfile;
import io.paddock.model.TeamSummary;
import io.paddock.model.TeammateCounts;
import io.paddock.model.Teammates;

import java.util.Arrays;
import java.util.List;

/**
 * The questions Paddock answers: teammates, rivalries, records, lookups and questions across series. Questions
 * answer across every series unless filtered ({@link QueryFilter#series(String)} takes a series' id, name or alias:
 * {@code f1}, {@code Formula 1}, {@code Le Mans}, {@code ALMS}), and every row about an event says its series. Obtain it from
 * {@link io.paddock.Paddock#queries()}. Every method runs one or more of the parameterised files in
 * {@code cypher/queries/} in managed read transactions; names are resolved accent- and case-insensitively,
 * and an ambiguous or unknown name raises {@link AmbiguousNameException} or {@link UnknownNameException}
 * instead of a guess. Every answer carries its sources ({@code <source id>#p<paragraph>}).
 */
public final class PaddockQueries {

    private final QueryContext context;
    private final TeammateQueries teammates;
    private final RivalryQueries rivalries;
    private final RecordQueries records;
    private final ProfileQueries profiles;
    private final CrossSeriesQueries crossSeries;
    private final DriverNetwork network;
    private final BattleQueries battles;

    /**
     * Made by {@link io.paddock.Paddock#queries()}; not for use from outside Paddock (the parameter is internal).
     *
     * @param access the connection and database Paddock prepared
     */
    public PaddockQueries(GraphAccess access) {
        this.context = new QueryContext(access.driver(), access.sessionConfig());
        this.teammates = new TeammateQueries(context);
        this.rivalries = new RivalryQueries(context);
        this.records = new RecordQueries(context);
        this.profiles = new ProfileQueries(context);
        this.crossSeries = new CrossSeriesQueries(context);
        this.network = new DriverNetwork(context);
        this.battles = new BattleQueries(context);
    }

    /**
     * Searches every kind of entity by name: accent- and case-insensitive, partial names allowed.
     *
     * @param text  what the user typed, e.g. {@code mucke}
     * @param kinds restrict to these kinds ({@code driver}, {@code team}, {@code manufacturer}, {@code car},
     *              {@code circuit}, {@code event}, {@code series}, {@code class}, {@code person}); none: all
     * @return matches, best first
     */
    public List<Ref> search(String text, String... kinds) {
        return inOneTransaction(() -> context.names().candidates(text, Arrays.asList(kinds)));
    }

    /**
     * Resolves a name to exactly one entity.
     *
     * @param text  what the user typed
     * @param kinds the kinds it may be
     * @return the one match
     * @throws UnknownNameException   when nothing matches
     * @throws AmbiguousNameException when several match equally well; it lists them
     */
    public Ref resolve(String text, String... kinds) {
        return inOneTransaction(() -> context.names().resolve(text, kinds));
    }

    /**
     * Co-drivers (shared a car) and team-mates (same team and event, another car) of a driver.
     *
     * @param driver a driver's name (partial, any case and accents)
     * @param filter season, series, class, event filters and a limit per list
     * @return both lists, kept apart, with the events behind each pairing
     */
    public Teammates teammates(String driver, QueryFilter filter) {
        return inOneTransaction(() -> teammates.teammates(driver, filter));
    }

    /**
     * {@link #teammates} without the events behind each pairing: who and how often, read without the event lists, so
     * it costs a fraction of the whole answer. Ask {@link #teammates} (or {@link #sharedEvents}) for the events.
     *
     * @param driver a driver's name
     * @param filter season, series, class and event filters; limit caps each list
     * @return the same people, counts, unknown crews and sources as {@code teammates(...).counts()}
     */
    public TeammateCounts teammateCounts(String driver, QueryFilter filter) {
        return inOneTransaction(() -> teammates.counts(driver, filter));
    }

    /**
     * Every event two drivers shared, as co-drivers or as team-mates.
     *
     * @param driverA one driver's name
     * @param driverB the other's
     * @return the shared events, oldest first
     */
    public Pairing sharedEvents(String driverA, String driverB) {
        return inOneTransaction(() -> teammates.pair(driverA, driverB));
    }

    /**
     * Head-to-head between two drivers, teams or manufacturers: every session both took part in, who finished
     * ahead overall and in class, qualifying, wins, and the margins the sources give.
     *
     * @param side    who is compared
     * @param sideA   one name
     * @param sideB   the other name
     * @param filter  season, series and class filters
     * @return the duels and the scores; {@link HeadToHead#summary()} gives the one-line verdict
     */
    public HeadToHead headToHead(Side side, String sideA, String sideB, QueryFilter filter) {
        return inOneTransaction(() -> rivalries.headToHead(side.kind(), sideA, sideB, filter));
    }

    /**
     * The scores of {@link #headToHead} without its duels: the summary line, read without the event-by-event table,
     * so it costs a fraction of the whole head-to-head. Ask {@link #headToHead} for the sessions behind the scores.
     *
     * @param side  drivers, teams or manufacturers
     * @param sideA one side's name
     * @param sideB the other's
     * @param filter season, series and class filters
     * @return the same scores, wins and sources as {@code headToHead(...).score()}
     */
    public HeadToHeadScore headToHeadScore(Side side, String sideA, String sideB, QueryFilter filter) {
        return inOneTransaction(() -> rivalries.headToHeadScore(side.kind(), sideA, sideB, filter));
    }

    /**
     * The drivers a driver met most often in the same class, ranked, with the class head-to-head against each.
     *
     * @param driver a driver's name
     * @param filter season, series and class filters; limit (default 10)
     * @return rivals, most meetings first
     */
    public List<Rival> rivals(String driver, QueryFilter filter) {
        return inOneTransaction(() -> rivalries.rivals(driver, filter, false));
    }

    /**
     * The drivers a driver met most often in the fight for overall positions, whatever their class: drivers of other
     * cars in the same races where both cars have a known overall position, with the overall head-to-head. In the
     * ALMS the LMP2 Porsches fought the LMP1 Audis for overall wins; {@link #rivals} would never pair them.
     *
     * @param driver a driver's name
     * @param filter season, series and class (the asked-about driver's class) filters; limit (default 10)
     * @return rivals, most races met first; {@link Rival#classes()} are the rival's classes
     */
    public List<Rival> rivalsOverall(String driver, QueryFilter filter) {
        return inOneTransaction(() -> rivalries.rivals(driver, filter, true));
    }

    /**
     * Team-mate battles: every pair of team-mates within the filters (drivers of different cars of one team at one
     * event; cars that never started and events where the two shared a car do not count), with per season and in
     * total the races both were classified in and who finished ahead, every race under the head-to-head's ahead rule
     * ({@link io.paddock.model.AheadRule#TEXT}), qualifying and points.
     * One query answers every pair of the filter.
     *
     * @param team   only pairs at this team (name, alias or id), or null for every team
     * @param filter season, range of seasons, series, class (both cars in it), event, and a limit (default 50 pairs)
     * @return the pairs, best known first: most points scored together, then most races together, then names; in each
     *         the leader (more races ahead, then qualifying, then points) is A
     */
    public List<TeamMateBattle> battles(String team, QueryFilter filter) {
        return inOneTransaction(() -> battles.battles(team, filter));
    }

    /**
     * A driver's battles with each team-mate within the filters, season by season (one query for all of them).
     *
     * @param driver a driver's name
     * @param filter as in {@link #battles}
     * @return one battle per team-mate, the driver as A, in the order of {@link #battles}
     */
    public List<TeamMateBattle> battlesOf(String driver, QueryFilter filter) {
        return inOneTransaction(() -> battles.battlesOf(driver, filter));
    }

    /**
     * Two drivers as team-mates: the figures of {@link #battles} for this pair, per season and in total; the part of a
     * head-to-head fans quote most.
     *
     * @param driverA one driver's name; side A
     * @param driverB the other's; side B
     * @param filter  season, range, series, class and event filters; the limit is not used
     * @return the battle; {@link TeamMateBattle#teamMates()} is false when they never were team-mates within the filters
     * @throws io.paddock.PaddockException when both names are the same driver
     */
    public TeamMateBattle battle(String driverA, String driverB, QueryFilter filter) {
        return inOneTransaction(() -> battles.battle(driverA, driverB, filter));
    }

    /**
     * Who a head-to-head compares: three of the {@link HolderKind}s, whose keys name the sides' kind to the name search
     * and to the head-to-head files ({@code $kind}).
     */
    public enum Side {
        /** Two drivers; a shared car is not a duel. */
        DRIVERS(HolderKind.DRIVER),
        /** Two teams; each team's best car in a session counts. */
        TEAMS(HolderKind.TEAM),
        /**
         * Two manufacturers (the marque a car is credited to, else its builder, as {@link HolderKind#MANUFACTURER});
         * each one's best car in a session counts.
         */
        MANUFACTURERS(HolderKind.MANUFACTURER);

        private final HolderKind holder;

        Side(HolderKind holder) {
            this.holder = holder;
        }

        /** @return the holder kind each side is, e.g. {@link HolderKind#TEAM} for {@link #TEAMS} */
        public HolderKind holder() {
            return holder;
        }

        String kind() {
            return holder.key();
        }
    }

    /**
     * A records table: most wins, class wins, podiums, class podiums, poles, class poles, titles or starts per driver, team, manufacturer
     * or car model; the longest class-win streaks per driver; the closest finishes; lap records per circuit and the
     * biggest lap-record improvements; and the totals the sources state. Counted records say so in
     * {@link RecordRow#basis()} ({@code COUNTED_FROM_RESULTS} …) and are never mixed with stated totals
     * ({@code STATED_BY_SOURCE}): a source's "eight wins" can stand next to a count of none.
     *
     * @param kind   which record
     * @param holder whom to count it for; null for the kind's {@link RecordKind#defaultHolder()} (a driver, or every
     *               kind for titles and stated totals); must be one of {@link RecordKind#holders()}
     * @param filter season or range of seasons, series, class, event (where the record has events) and a limit
     *               (default 20 rows); null means no filter
     * @return the rows, best first, ranked with ties sharing a rank, each with its sources
     * @throws io.paddock.PaddockException when the record cannot be counted for that holder (streaks per team)
     */
    public List<RecordRow> records(RecordKind kind, HolderKind holder, QueryFilter filter) {
        return inOneTransaction(() -> records.records(kind, holder, filter));
    }

    /**
     * A records table with the whole story: the ranking of {@link #records} and, beside it, the totals the sources
     * state for the same metric and filters (overall wins beside wins, class poles beside class poles …), and a
     * note wherever a stated total and the graph's count of the same holder, season and class differ — the graph
     * may hold only some of a season's results.
     *
     * @param kind   which record
     * @param holder whom to count it for, as in {@link #records}; also narrows the stated totals to that holder
     *               kind (null: the stated totals of every kind)
     * @param filter as in {@link #records}; with an event filter no stated totals are listed (they belong to
     *               seasons and careers, and {@link RecordTable#statedNote()} says so)
     * @return counted rows, stated rows and the comparisons where they differ
     */
    public RecordTable recordTable(RecordKind kind, HolderKind holder, QueryFilter filter) {
        return inOneTransaction(() -> records.table(kind, holder, filter));
    }

    /**
     * A driver's profile: aliases, nationality, hometown, works-driver status, teams, cars, classes, seasons, every
     * event with the entry and its qualifying and race results, championship standings and titles, lap records,
     * totals the articles state and other roles.
     *
     * @param name a driver's name or alias (partial, any case and accents), e.g. {@code dindo capello}
     * @return the profile with its sources; unknown facts are null, a partly named crew says so
     * @throws UnknownNameException   when no driver matches
     * @throws AmbiguousNameException when several drivers match; it lists them
     */
    public DriverProfile driver(String name) {
        return inOneTransaction(() -> profiles.driver(name));
    }

    /**
     * A driver's profile without the event-by-event lines: the same header, standings and titles, lap records, stated
     * totals and roles as {@link #driver}, with the lines' counts (events, race results, wins and poles) counted in the
     * database instead of read line by line. For a long career this is about half the time of the whole profile.
     *
     * @param name a driver's name or alias, as in {@link #driver}
     * @return equal to {@code driver(name).summary()}
     * @throws UnknownNameException   when no driver matches
     * @throws AmbiguousNameException when several drivers match; it lists them
     */
    public DriverSummary driverSummary(String name) {
        return inOneTransaction(() -> profiles.driverSummary(name));
    }

    /**
     * A team's profile: seasons, events, its entries with crews and results, titles, manufacturer support and
     * stated totals.
     *
     * @param name a team's name or alias, e.g. {@code Penske}
     * @return the profile with its sources
     * @throws UnknownNameException   when no team matches
     * @throws AmbiguousNameException when several teams match; it lists them
     */
    public TeamProfile team(String name) {
        return inOneTransaction(() -> profiles.team(name));
    }

    /**
     * A team's profile without the entry lines: the same header, standings and stated totals as {@link #team}, with
     * the lines' counts counted in the database instead of read line by line (about half the time for a big team).
     *
     * @param name a team's name or alias, as in {@link #team}
     * @return equal to {@code team(name).summary()}
     * @throws UnknownNameException   when no team matches
     * @throws AmbiguousNameException when several teams match; it lists them
     */
    public TeamSummary teamSummary(String name) {
        return inOneTransaction(() -> profiles.teamSummary(name));
    }

    /**
     * A car model's profile: manufacturer, engine manufacturer, power, class, its entries and results.
     *
     * @param name a car model's name or alias, e.g. {@code RS Spyder}
     * @return the profile with its sources
     * @throws UnknownNameException   when no car model matches
     * @throws AmbiguousNameException when several car models match; it lists them
     */
    public CarProfile car(String name) {
        return inOneTransaction(() -> profiles.car(name));
    }

    /**
     * A circuit's profile: locality, country, length, aliases, events held there, lap records and stated totals.
     *
     * @param name a circuit's name or alias, e.g. {@code Mosport}
     * @return the profile with its sources
     * @throws UnknownNameException   when no circuit matches
     * @throws AmbiguousNameException when several circuits match; it lists them
     */
    public CircuitProfile circuit(String name) {
        return inOneTransaction(() -> profiles.circuit(name));
    }

    /**
     * An event's profile: series, season, round, date, format, circuit, sessions with results ordered by position
     * then class position, every entry with number, class, team, car and crew, titles clinched there, sources.
     *
     * @param name an event's name, with the season year where names repeat, e.g. {@code Petit Le Mans 2007}
     * @return the profile with its sources
     * @throws UnknownNameException   when no event matches
     * @throws AmbiguousNameException when several events match; its message lists them with their seasons
     */
    public EventProfile event(String name) {
        return inOneTransaction(() -> profiles.event(name));
    }

    /**
     * How two drivers are connected: the shortest chain of co-drivers (same car) and team-mates (same team and
     * event, another car) from one to the other, across series, at most {@link Connection#MAX_LINKS} links.
     *
     * @param driverA where the chain starts (a driver's name, partial, any case and accents)
     * @param driverB where it ends
     * @param filter  season, range of seasons and series every link must lie in; class, event and limit are not used
     * @return the links in order, each with its role and the first event the two shared; no links when there is no
     *         connection ({@link Connection#connected()})
     * @throws io.paddock.PaddockException when both names are the same driver
     */
    public Connection path(String driverA, String driverB, QueryFilter filter) {
        return inOneTransaction(() -> crossSeries.path(driverA, driverB, filter));
    }

    /**
     * A driver's career across series: per series and season the events, starts, wins, podiums, poles, class poles,
     * class wins, best finishes, teams, cars and classes, and the totals per series.
     *
     * @param driver a driver's name
     * @param filter season, range of seasons, series, class and event filters; limit is not used
     * @return the season lines and the series totals, with their sources
     */
    public Career career(String driver, QueryFilter filter) {
        return inOneTransaction(() -> crossSeries.career(driver, filter));
    }

    /**
     * Drivers who raced in more than one series (one person is one node across series), with their events, starts,
     * wins and class wins per series; most series first, then most wins.
     *
     * @param seriesA     a series the drivers must have raced in (id, name or alias), or null for any
     * @param seriesB     a second one, or null; with both, only that pair is listed
     * @param onlyWinners count only the series where a driver won a race (overall or in class)
     * @param filter      season or range of seasons and a limit (default 50); its series, class and event are not
     *                    used: name the series as {@code seriesA} and {@code seriesB}
     * @return the drivers, with the series that count for each
     */
    public List<Crossover> crossover(String seriesA, String seriesB, boolean onlyWinners, QueryFilter filter) {
        return inOneTransaction(() -> crossSeries.crossover(seriesA, seriesB, onlyWinners, filter));
    }

    /**
     * The network questions (central drivers, communities, similar drivers, separation), which need Neo4j Graph Data
     * Science in the database. From a {@link io.paddock.Paddock} handle use {@link io.paddock.Paddock#network()},
     * which also enables it in the embedded mode.
     *
     * @return the driver network's questions
     */
    public DriverNetwork network() {
        return network;
    }

    /**
     * One facade call, one read transaction: the names it resolves and the question it asks see one view of the graph
     * and pay for one transaction (issue 20: each extra one cost about a millisecond over Bolt).
     */
    private <T> T inOneTransaction(java.util.function.Supplier<T> call) {
        return context.read(reads -> call.get());
    }
}
