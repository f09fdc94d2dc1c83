package io.paddock.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two drivers as team-mates (different cars of one team at one event): who came out ahead, per season and in total.
 * Never team-mates within the filters: no seasons ({@link #teamMates()} is false) and a total of zeros.
 *
 * @param a       one driver
 * @param b       the other
 * @param total   their figures over every event shared as team-mates, A first
 * @param seasons per series and season, oldest first
 * @param sources provenance: the results compared
 */
public record TeamMateBattle(Ref a, Ref b, BattleScore total, List<BattleSeason> seasons, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param a       one driver
     * @param b       the other
     * @param total   their figures over every event shared as team-mates, A first
     * @param seasons per series and season, oldest first
     * @param sources provenance: the results compared
     */
    public TeamMateBattle {
        seasons = List.copyOf(seasons);
        sources = List.copyOf(sources);
    }

    /**
     * @return whether the two were team-mates at least once within the filters
     */
    public boolean teamMates() {
        return !seasons.isEmpty();
    }

    /**
     * @return the teams they drove for together, in order of first season
     */
    public List<String> teams() {
        Set<String> teams = new LinkedHashSet<>();
        seasons.forEach(s -> teams.addAll(s.teams()));
        return List.copyOf(teams);
    }

    /**
     * @return the series they were team-mates in, in order of first season
     */
    public List<Ref> series() {
        Set<Ref> series = new LinkedHashSet<>();
        seasons.forEach(s -> series.add(s.series()));
        return new ArrayList<>(series);
    }

    /**
     * @return the seasons as printed: {@code 2001}, {@code 2001–2002}, or {@code 1996–1999, 2001} where they have gaps
     */
    public String seasonSpan() {
        List<Integer> years = seasons.stream().map(BattleSeason::season).distinct().sorted().toList();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int start = years.get(i);
            while (i + 1 < years.size() && years.get(i + 1) == years.get(i) + 1) {
                i++;
            }
            runs.add(start == years.get(i) ? String.valueOf(start) : start + "–" + years.get(i));
        }
        return String.join(", ", runs);
    }

    /**
     * @return whoever leads: more races ahead, then more qualifying sessions ahead, then more points; A on a tie
     */
    public Ref leader() {
        int byRaces = Integer.compare(total.ahead().b(), total.ahead().a());
        int byQualifying = Integer.compare(total.qualifying().b(), total.qualifying().a());
        int byPoints = total.pointsHeld() ? Double.compare(total.pointsB(), total.pointsA()) : 0;
        int lead = byRaces != 0 ? byRaces : byQualifying != 0 ? byQualifying : byPoints;
        return lead > 0 ? b : a;
    }

    /**
     * @return the same battle with B first
     */
    public TeamMateBattle swapped() {
        return new TeamMateBattle(b, a, total.swapped(), seasons.stream().map(BattleSeason::swapped).toList(), sources);
    }

    /**
     * @return one line, leader first, e.g. {@code As team-mates (Ferrari, Formula 1 2001–2002, 34 races): Michael
     *         Schumacher 25 – 9 Rubens Barrichello in races, 28 – 6 in qualifying}; or that they never were
     */
    public String summary() {
        if (!teamMates()) {
            return a.name() + " and " + b.name() + " were never team-mates";
        }
        TeamMateBattle lead = leader().equals(a) ? this : swapped();
        BattleScore t = lead.total;
        String series = String.join(", ", series().stream().map(Ref::name).toList());
        return "As team-mates (" + String.join(", ", teams()) + ", " + series + " " + seasonSpan() + ", "
                + count(t.races(), "race") + "): " + lead.a.name() + " " + t.ahead() + " " + lead.b.name()
                + " in races, " + t.qualifying() + " in qualifying"
                + (t.pointsHeld() ? ", " + points(t.pointsA()) + " – " + points(t.pointsB()) + " in points" : "");
    }

    /**
     * @param points a points total, or null
     * @return it as printed, to two decimals at most: {@code 385}, {@code 1918.5}, {@code 4.14} (a shared fastest lap of
     *         1954), or {@code not held}
     */
    public static String points(Double points) {
        if (points == null) {
            return "not held";
        }
        return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
