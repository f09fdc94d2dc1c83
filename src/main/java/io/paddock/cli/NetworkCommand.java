package io.paddock.cli;

import io.paddock.cli.FilterOptions.Filter;
import io.paddock.model.CentralDriver;
import io.paddock.model.DriverCommunity;
import io.paddock.model.Network;
import io.paddock.model.Ref;
import io.paddock.model.Separation;
import io.paddock.model.SimilarDriver;
import io.paddock.query.DriverNetwork;
import io.paddock.query.DriverNetwork.Centrality;
import io.paddock.query.DriverNetwork.Links;
import io.paddock.query.QueryFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code paddock network central|communities|similar|separation}: the driver network's questions, answered by Neo4j
 * Graph Data Science.
 */
@Command(name = "network",
        header = "Who connects motorsport: central drivers, families, separation.",
        mixinStandardHelpOptions = true,
        description = {"Questions about the whole web of drivers who shared a car (co-drivers) or a team at an",
                "event (team-mates), across Formula 1, Le Mans and the ALMS, answered by Neo4j Graph Data Science.",
                "Each subcommand takes --season, --from/--to, --series and --class (both cars in the class),",
                "and --links co-drivers to count shared cars only."},
        subcommands = {NetworkCommand.Central.class, NetworkCommand.Communities.class, NetworkCommand.Similar.class,
                NetworkCommand.Separations.class},
        footer = {"", "Examples:", "  paddock network central --by betweenness", "  paddock network communities --series \"Le Mans\"",
                "  paddock network similar \"Tom Kristensen\"", "  paddock network separation \"Tom Kristensen\"",
                "  paddock network separation --series F1"})
final class NetworkCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Name a network question: central, communities, similar or separation");
    }

    /** What the network subcommands share: the graph, the filters, --links and (as every question) --csv. */
    @FilterOptions.Applies(value = {Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.CLASS, Filter.LIMIT},
            why = "one event is too small a network")
    abstract static class NetworkQuestion extends QuestionCommand {

        @Option(names = "--links", paramLabel = "KIND", defaultValue = "all",
                description = "What links two drivers: all (co-drivers and team-mates, the default) or co-drivers")
        String links;

        Links links() {
            return switch (links.toLowerCase(Locale.ROOT)) {
                case "all" -> Links.ALL;
                case "co-drivers", "codrivers", "co-driver" -> Links.CO_DRIVERS;
                default -> throw new io.paddock.PaddockException("--links takes all or co-drivers, not '" + links + "'");
            };
        }

        <T> Integer print(Network network, List<T> rows, Function<T, Map<String, Object>> row, Object json, String none) {
            PrintWriter out = out();
            if (csv.requested(output)) {
                out.print(Output.csv(rows.stream().map(row).toList()));
            } else if (output.json) {
                out.println(Output.toJson(json));
            } else {
                out.println(describe(network));
                out.println();
                if (rows.isEmpty()) {
                    out.println(none);
                } else {
                    out.print(Output.table(rows.stream().map(row).toList()));
                }
            }
            out.flush();
            return 0;
        }

        String describe(Network network) {
            QueryFilter f = filter.toFilter();
            List<String> scope = new ArrayList<>();
            if (f.series() != null) {
                scope.add(f.series());
            }
            if (f.className() != null) {
                scope.add("class " + f.className());
            }
            if (f.season() != null) {
                scope.add(String.valueOf(f.season()));
            }
            if (f.fromYear() != null || f.toYear() != null) {
                scope.add((f.fromYear() == null ? "" : f.fromYear()) + "–" + (f.toYear() == null ? "" : f.toYear()));
            }
            return "Driver network" + (scope.isEmpty() ? "" : " (" + String.join(", ", scope) + ")") + ": "
                    + String.format(Locale.ROOT, "%,d drivers, %,d links", network.drivers(), network.links())
                    + " (a link: " + network.basis() + " at one event or more).";
        }
    }

    @Command(name = "central", header = "The drivers who connect the network most.", mixinStandardHelpOptions = true,
            description = {"PageRank (linked to well-linked drivers, weighted by shared events) and betweenness (how",
                    "many shortest chains between two other drivers run through this one: the bridges between eras",
                    "and series), with each driver's partners and career. At most 10 unless --limit."},
            footer = {"", "Examples:", "  paddock network central", "  paddock network central --by betweenness --limit 20",
                    "  paddock network central --series \"Le Mans\" --from 1990 --csv"})
    static final class Central extends NetworkQuestion {

        @Option(names = "--by", paramLabel = "MEASURE", defaultValue = "pagerank",
                description = "Order by pagerank (the default) or betweenness")
        String by;

        @Override
        public Integer call() {
            Centrality centrality = switch (by.toLowerCase(Locale.ROOT)) {
                case "pagerank", "page-rank" -> Centrality.PAGE_RANK;
                case "betweenness" -> Centrality.BETWEENNESS;
                default -> throw new io.paddock.PaddockException("--by takes pagerank or betweenness, not '" + by + "'");
            };
            DriverNetwork.Ranked<CentralDriver> answer = ask(paddock -> paddock.network().central(centrality, links(), filter.toFilter()));
            List<CentralDriver> rows = answer.rows();
            return print(answer.network(), rows, c -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", rows.indexOf(c) + 1);
                row.put("driver", c.driver().name());
                row.put("pagerank", String.format(Locale.ROOT, "%.2f", c.pageRank()));
                row.put("betweenness", String.format(Locale.ROOT, "%,.0f", c.betweenness()));
                row.put("partners", c.partners());
                row.put("seasons", span(c.firstSeason(), c.lastSeason()));
                row.put("series", c.series().stream().map(Ref::name).collect(Collectors.joining(", ")));
                return row;
            }, answer, "No driver has a co-driver or team-mate within these filters.");
        }
    }

    @Command(name = "communities", header = "Families of drivers: who raced with whom, grouped.",
            mixinStandardHelpOptions = true,
            description = {"Communities of the network (Leiden, over links weighted by shared events): drivers linked",
                    "more among themselves than with the rest. Each with its size, best-connected members, and the",
                    "seasons, teams and makers of its members' cars within the filters. Largest first, 10 unless --limit."},
            footer = {"", "Examples:", "  paddock network communities --series \"Le Mans\" --from 2000",
                    "  paddock network communities --links co-drivers --json"})
    static final class Communities extends NetworkQuestion {

        @Override
        public Integer call() {
            DriverNetwork.Ranked<DriverCommunity> answer = ask(paddock -> paddock.network().communities(links(), filter.toFilter()));
            return print(answer.network(), answer.rows(), c -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", c.rank());
                row.put("drivers", c.size());
                row.put("seasons", span(c.firstSeason(), c.lastSeason()));
                row.put("best connected", c.members().stream().limit(4).map(Ref::name).collect(Collectors.joining(", "))
                        + (c.size() > 4 ? ", …" : ""));
                row.put("teams", tallies(c.teams()));
                row.put("makers", tallies(c.makers()));
                return row;
            }, answer, "No driver has a co-driver or team-mate within these filters.");
        }

        private static String tallies(List<DriverCommunity.Tally> tallies) {
            return tallies.stream().limit(3).map(t -> t.holder().name() + " (" + t.drivers() + ")")
                    .collect(Collectors.joining(", "));
        }
    }

    @Command(name = "similar", header = "The drivers most like a driver, by shared co-drivers and team-mates.",
            mixinStandardHelpOptions = true,
            description = {"Node similarity: the share of co-drivers and team-mates two drivers have in common",
                    "(Jaccard: shared partners / partners of either), highest first, with the partners they share.",
                    "At most 10 unless --limit."},
            footer = {"", "Examples:", "  paddock network similar \"Tom Kristensen\"",
                    "  paddock network similar hamilton --series F1 --limit 5"})
    static final class Similar extends NetworkQuestion {

        @Parameters(index = "0", paramLabel = "DRIVER", description = "A driver (partial, any case, accents optional)")
        String driver;

        @Override
        public Integer call() {
            DriverNetwork.Ranked<SimilarDriver> answer = ask(paddock -> paddock.network().similar(driver, links(), filter.toFilter()));
            List<SimilarDriver> rows = answer.rows();
            return print(answer.network(), rows, s -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", rows.indexOf(s) + 1);
                row.put("driver", s.driver().name());
                row.put("similarity", String.format(Locale.ROOT, "%.2f", s.similarity()));
                row.put("shared partners", s.sharedPartners());
                row.put("such as", s.partners().stream().limit(4).map(Ref::name).collect(Collectors.joining(", "))
                        + (s.sharedPartners() > 4 ? ", …" : ""));
                return row;
            }, answer, "Nobody shares a co-driver or team-mate with this driver within these filters.");
        }
    }

    @Command(name = "separation", header = "How far apart drivers are, in co-drivers and team-mates.",
            mixinStandardHelpOptions = true,
            description = {"With a driver: the fewest links from that driver to everyone reachable (a \"Kristensen",
                    "number\" for every driver), as a distribution with examples, the average and the farthest.",
                    "Without: every pair of drivers of the network's largest connected part, the average",
                    "separation and the diameter (the longest of the shortest chains)."},
            footer = {"", "Examples:", "  paddock network separation \"Tom Kristensen\"", "  paddock network separation",
                    "  paddock network separation --series F1 --json"})
    @FilterOptions.Applies(value = {Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.CLASS},
            why = "it ranks nothing; one event is too small a network")
    static final class Separations extends NetworkQuestion {

        @Parameters(index = "0", arity = "0..1", paramLabel = "DRIVER", description = "Measure from this driver (optional)")
        String driver;

        @Override
        public Integer call() {
            Separation answer = ask(paddock -> paddock.network().separation(driver, links(), filter.toFilter()));
            long total = answer.distances().stream().mapToLong(Separation.Distance::count).sum();
            String counted = answer.from() == null ? "pairs" : "drivers";
            List<Separation.Distance> rows = answer.distances();
            PrintWriter out = out();
            if (!csv.requested(output) && !output.json) {
                out.println(describe(answer.network()));
                out.println(summary(answer));
                out.println();
                if (!rows.isEmpty()) {
                    out.print(Output.table(rows.stream().map(d -> row(answer, d, counted, total)).toList()));
                }
                out.flush();
                return 0;
            }
            return print(answer.network(), rows, d -> row(answer, d, counted, total), answer, "");
        }

        private static Map<String, Object> row(Separation answer, Separation.Distance d, String counted, long total) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("links", d.links());
            row.put(counted, d.count());
            row.put("share", String.format(Locale.ROOT, "%.1f%%", 100.0 * d.count() / total));
            if (answer.from() != null) {
                row.put("for example", d.examples().stream().map(Ref::name).collect(Collectors.joining(", ")));
            }
            return row;
        }

        private static String summary(Separation s) {
            if (s.drivers() == 0) {
                return s.from() == null ? "The network is empty." : s.from().name() + " reaches nobody.";
            }
            String parts = String.format(Locale.ROOT, "%,d connected part%s", s.components(), s.components() == 1 ? "" : "s");
            if (s.from() == null) {
                return String.format(Locale.ROOT, "The largest of its %s holds %,d drivers: on average %.2f links apart; "
                                + "the farthest, %s and %s, %d links apart (the diameter).", parts, s.drivers(), s.average(),
                        s.longestPair().get(0).name(), s.longestPair().get(1).name(), s.longest());
            }
            return String.format(Locale.ROOT, "%s reaches %,d drivers (the network has %s): on average %.2f links away; "
                            + "the farthest, such as %s, %d links away.", s.from().name(), s.drivers(), parts, s.average(),
                    s.longestPair().get(1).name(), s.longest());
        }
    }

    private static String span(Integer first, Integer last) {
        if (first == null) {
            return "";
        }
        return first.equals(last) ? String.valueOf(first) : first + "–" + last;
    }
}
