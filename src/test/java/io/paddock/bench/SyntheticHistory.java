package io.paddock.bench;

import io.paddock.internal.load.GraphRows;
import io.paddock.internal.load.WriteRow;
import io.paddock.model.ResultStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic synthetic motorsport history in Paddock's canonical rows (the rows GraphWriter takes), for the
 * growth benchmark. One "unit" is one series about the size of the Ergast F1 data: 50 seasons of 12 events, each
 * event with a qualifying session and a race, 24–36 cars in three classes from 10–16 teams (1–3 cars a team:
 * team-mates), crews of 1–4 drivers (1 in the top class half the time, as in single-seaters), about 36,000 results
 * (F1: 38,000 results, qualifying and sprint rows). Scale N is N such series: series k draws from its own seeded
 * {@link Random} (seed + k), so series 0 is the same at every scale and a question about its drivers has the same
 * answer at 1× and at 100×; some of each series' drivers also race in the previous series (cross-series careers).
 */
final class SyntheticHistory {

    static final int SEASONS = 50;
    static final int EVENTS = 12;
    private static final int DRIVERS_PER_SERIES = 700;
    private static final int TEAMS_PER_SERIES = 40;
    private static final int CIRCUITS = 60;
    private static final String[] FORENAMES = {"Ada", "Bruno", "Carla", "Dario", "Elin", "Felix", "Greta", "Hugo",
            "Ines", "Jonas", "Kaja", "Luca", "Mira", "Nils", "Olga", "Piet", "Rosa", "Sven", "Tilde", "Umberto"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ber", "dan", "gor",
            "han", "jel", "kor", "mar", "nis", "pel", "ros", "tan", "wen"};

    private final long seed;

    SyntheticHistory(long seed) {
        this.seed = seed;
    }

    static String driverId(int series, int index) {
        return "syn-d" + series + "-" + index;
    }

    /** A unique surname per (series, index): the index spelt in syllables, so name search finds exactly one. */
    static String driverName(int series, int index) {
        int n = series * DRIVERS_PER_SERIES + index;
        StringBuilder s = new StringBuilder();
        do {
            s.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        s.append(SYLLABLES[(series * 7 + index) % SYLLABLES.length]);
        return FORENAMES[(series + index) % FORENAMES.length] + " " + Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String seriesId(int series) {
        return "syn-s" + series;
    }

    /** Shared by every series: circuits and manufacturers. */
    GraphRows shared() {
        GraphRows rows = new GraphRows();
        for (int c = 0; c < CIRCUITS; c++) {
            rows.add(new WriteRow.Circuit("syn-c" + c, "Synthetic Circuit " + c, null, src("syn-c" + c), 1, null, null, null,
                    null, null, null, null, null, null));
        }
        for (int m = 0; m < 20; m++) {
            rows.add(new WriteRow.Manufacturer("syn-m" + m, "Synthetic Motors " + m, null, src("syn-m" + m), 1, null, null));
        }
        return rows;
    }

    /** Series k, seasons [from, to) of it: the rows of those seasons (the series' people and teams with its first slice). */
    GraphRows series(int k, int fromSeason, int toSeason) {
        Random random = new Random(seed + k);
        GraphRows rows = new GraphRows();
        String series = seriesId(k);
        if (fromSeason == 0) {
            rows.add(new WriteRow.Series(series, "Synthetic Series " + k, null, src(series), 1, null));
            for (int c = 0; c < 3; c++) {
                String cls = series + "-class" + c;
                rows.add(new WriteRow.CarClass(cls, "Class " + (char) ('A' + c) + " " + k, null, src(cls), 1, null, null, null, series));
            }
            for (int t = 0; t < TEAMS_PER_SERIES; t++) {
                String team = series + "-t" + t;
                rows.add(new WriteRow.Team(team, "Synthetic Team " + k + "-" + t, null, src(team), 1, null, null, null, "syn-m" + (t % 20)));
            }
            for (int d = 0; d < DRIVERS_PER_SERIES; d++) {
                rows.add(new WriteRow.Driver(driverId(k, d), driverName(k, d), null, src(driverId(k, d)), 1, null, "DE", null,
                        (1920 + (d % 80)) + "-01-01", null));
            }
        }
        // The random stream is consumed season by season from the start, so a slice is the same whatever slices came before.
        for (int s = 0; s < toSeason; s++) {
            season(random, rows, k, s, s >= fromSeason);
        }
        return rows;
    }

    private void season(Random random, GraphRows rows, int k, int s, boolean emit) {
        String series = seriesId(k);
        int year = 1970 + s;
        String season = series + "-" + year;
        if (emit) {
            rows.add(new WriteRow.Season(season, year, EVENTS, series, src(season), null, 1));
            for (int t = 0; t < TEAMS_PER_SERIES; t++) {
                String car = season + "-t" + t + "-car";
                rows.add(new WriteRow.Car(car, "Synthetic " + k + "-" + t + " " + year, null, src(car), 1, null, null, null, null,
                        "syn-m" + (t % 20), null, series + "-class" + (t % 3)));
            }
        }
        // The season's driver market: each team keeps a line-up of up to 8 drivers for the year.
        int active = DRIVERS_PER_SERIES / 4;
        int offset = (s * 13) % (DRIVERS_PER_SERIES - active);
        Map<Integer, List<Integer>> lineUps = new HashMap<>();
        for (int t = 0; t < TEAMS_PER_SERIES; t++) {
            List<Integer> lineUp = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                lineUp.add(offset + random.nextInt(active));
            }
            lineUps.put(t, lineUp);
        }
        for (int e = 0; e < EVENTS; e++) {
            String event = season + "-e" + e;
            int teams = 10 + random.nextInt(7);
            int firstTeam = random.nextInt(TEAMS_PER_SERIES);
            List<String> entries = new ArrayList<>();
            List<Integer> classes = new ArrayList<>();
            for (int i = 0; i < teams; i++) {
                int t = (firstTeam + i) % TEAMS_PER_SERIES;
                int cars = 1 + random.nextInt(3);
                for (int c = 0; c < cars; c++) {
                    String entry = event + "-" + t + "-" + c;
                    int cls = t % 3;
                    int crewSize = cls == 0 && random.nextBoolean() ? 1 : 1 + random.nextInt(4);
                    boolean started = random.nextInt(30) != 0;
                    List<Integer> lineUp = lineUps.get(t);
                    java.util.Set<String> crew = new java.util.LinkedHashSet<>();
                    for (int d = 0; d < crewSize; d++) {
                        int index = lineUp.get((c * 2 + d) % lineUp.size());
                        // A tenth of the drivers also race in the previous series: careers across series.
                        boolean crossing = index % 10 == 0 && k > 0 && random.nextInt(4) == 0;
                        crew.add(crossing ? driverId(k - 1, index) : driverId(k, index));
                    }
                    if (emit) {
                        rows.add(new WriteRow.Entry(entry, event, String.valueOf(t * 3 + c + 1), series + "-class" + cls,
                                series + "-t" + t, null, season + "-t" + t + "-car", null, null, true, null, null, started,
                                started ? null : ResultStatus.DID_NOT_START, null, src(entry), null, 1));
                        crew.forEach(d -> rows.add(new WriteRow.Crew(entry, d, null, null, src(entry), null, 1)));
                    }
                    if (started) {
                        entries.add(entry);
                        classes.add(cls);
                    }
                }
            }
            if (emit) {
                String name = "Synthetic " + k + " Round " + (e + 1) + " " + year;
                rows.add(new WriteRow.Event(event, name, name, e + 1, null,
                        year + "-" + String.format("%02d", 3 + e * 8 / EVENTS) + "-" + String.format("%02d", 1 + e),
                        null, null, null, null, null, null, null, null, season, "syn-c" + ((k * 7 + e) % CIRCUITS), List.of(),
                        src(event), null, 1));
                for (String type : List.of("qualifying", "race")) {
                    rows.add(new WriteRow.Session(event + "-" + type, event, io.paddock.model.SessionType.valueOf(type.toUpperCase()), null, null, null, null,
                            src(event + "-" + type), null, 1));
                }
            }
            for (String type : List.of("qualifying", "race")) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    order.add(i);
                }
                java.util.Collections.shuffle(order, random);
                int[] classPlace = new int[3];
                for (int place = 0; place < order.size(); place++) {
                    int i = order.get(place);
                    boolean classified = type.equals("qualifying") || random.nextInt(5) != 0;
                    int cls = classes.get(i);
                    Integer classPosition = classified ? ++classPlace[cls] : null;
                    if (emit) {
                        String id = entries.get(i) + "@" + event + "-" + type;
                        rows.add(new WriteRow.Result(id, entries.get(i), event + "-" + type,
                                classified ? ResultStatus.CLASSIFIED : ResultStatus.RETIRED, classified ? place + 1 : null,
                                classPosition, place + 1, null, null, null, null, null, null, null, null, null, null, null, null, null,
                                null, null, null, null, null, null, null, null, null, null, null, src(id), null, 1));
                    }
                }
            }
        }
    }

    private static List<String> src(String id) {
        return List.of("synthetic#" + id);
    }
}
