package io.paddock.internal.server.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Neo4j Browser guide {@code paddock serve} offers at {@code /paddock/guide}: HTML slides
 * ({@code <article class="guide"><carousel><slide>}) whose runnable blocks are the very files in
 * {@code cypher/queries/} and {@code cypher/guide/}, read from the classpath when the guide is asked for. Each
 * query gets two blocks: its {@code :params} (from the {@code // :param} lines at the file's top) and the query.
 */
final class BrowserGuide {

    private BrowserGuide() {
    }

    /** The graph style (GraSS) for Paddock's labels: captions show names, not ids. */
    static String style() {
        return resource("cypher/guide/style.grass");
    }

    /**
     * @param base the server's own address, e.g. {@code http://127.0.0.1:7474} (for the {@code :style} block)
     * @return the guide's HTML
     */
    static String html(String base) {
        StringBuilder html = new StringBuilder("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
        slide(html, "Paddock", "Motorsport history as a graph",
                "<p>Drivers, teams, cars, circuits, series, seasons, events, sessions, entries and results, every fact with"
                        + " the article paragraph (or data-file line) it comes from.</p>"
                        + "<p>This guide runs the very Cypher files the <code>paddock</code> command line and the Java facade run"
                        + " (<code>cypher/queries/</code>). Click a block to put it in the editor, then run it.</p>"
                        + "<p>Nodes show names: the Paddock graph style is set when you connect. To set it again:</p>"
                        + runnable(":style " + base + "/paddock/style.grass"),
                List.of());
        slide(html, "The model", "An entry is a car; a squad is a team at one event",
                "<p>An <code>Entry</code> is one car at one event; its crew <code>DROVE</code> it. A <code>Squad</code> is"
                        + " one team at one event (<code>FOR_SQUAD</code>, <code>OF_TEAM</code>). Here: Penske Racing at"
                        + " Petit Le Mans 2007.</p>",
                List.of("cypher/guide/model.cypher"));
        slide(html, "Co-drivers versus team-mates", "Same car, or same team in another car",
                "<p><b>Co-drivers</b> shared a car: one hop, <code>(d)-[:DROVE]-&gt;(:Entry)&lt;-[:DROVE]-(co)</code>."
                        + " <b>Team-mates</b> drove another car of the same squad: two hops. The two never mix."
                        + " Timo Bernhard in 2007: co-drivers Romain Dumas and Patrick Long; team-mates Ryan Briscoe,"
                        + " Sascha Maassen, Emmanuel Collard.</p><p>CLI: <code>paddock teammates \"Timo Bernhard\" --season 2007</code></p>",
                List.of("cypher/queries/co-drivers.cypher", "cypher/queries/team-mates.cypher"));
        slide(html, "Head-to-head", "Every session both had a result",
                "<p>One row per session and pair of cars, with who finished ahead overall and in class, and the margin where"
                        + " the sources give one. <code>kind</code> is <code>'driver'</code>, <code>'team'</code> or"
                        + " <code>'manufacturer'</code>.</p><p>CLI: <code>paddock h2h Dumas Capello</code></p>",
                List.of("cypher/queries/head-to-head.cypher"));
        slide(html, "Records", "Counted from results, never mixed with stated totals",
                "<p>Most wins per driver, team, manufacturer or car (<code>holder</code>), overall or in class"
                        + " (<code>scope</code>). <code>basis</code> says where a figure comes from.</p>"
                        + "<p>CLI: <code>paddock records wins --by manufacturer</code></p>",
                List.of("cypher/queries/records-wins.cypher"));
        slide(html, "Provenance", "Which paragraph says so?",
                "<p>Every node and relationship carries <code>sources</code>. Follow one to its <code>Source</code>.</p>"
                        + "<p>CLI: add <code>--sources</code> to any question.</p>",
                List.of("cypher/guide/provenance.cypher"));
        slide(html, "Unknown crews", "No co-driver listed is not the same as none",
                "<p>Where the articles do not name a whole crew, <code>Entry.crewComplete</code> is false and answers say"
                        + " <b>unknown</b> instead of guessing. Romain Dumas at Mosport 2008: car #6's crew is only partly named.</p>",
                List.of("cypher/queries/unknown-crews.cypher"));
        slide(html, "The driver network", "Who connects motorsport (Graph Data Science)",
                "<p>Drivers linked when they shared a car or a team at an event, weighted by shared events, projected into"
                        + " Graph Data Science's memory under a name (<code>graphName</code>). Run the projection first, then"
                        + " any of the questions on it (central mutates the projection: project again before running it twice),"
                        + " then drop it. <code>links</code>: <code>'all'</code> or <code>'co-drivers'</code>.</p>"
                        + "<p>CLI: <code>paddock network central</code>, <code>communities</code>, <code>similar NAME</code>,"
                        + " <code>separation [NAME]</code></p>",
                List.of("cypher/queries/network/project.cypher", "cypher/queries/network/central.cypher",
                        "cypher/queries/network/communities.cypher", "cypher/queries/network/similar.cypher",
                        "cypher/queries/network/separation.cypher", "cypher/queries/network/drop.cypher"));
        slide(html, "Next", "More questions",
                "<p>Every question has a file in <code>cypher/queries/</code> (README there lists parameters and expected"
                        + " answers): rivals, path, career, crossover, profiles, lap records, titles.</p>"
                        + "<p>From a terminal, while this server runs: <code>paddock path \"Richard Lietz\" \"Seth Neiman\"</code>"
                        + " answers through it.</p>",
                List.of());
        return html.append("</carousel>\n</article>\n").toString();
    }

    private static void slide(StringBuilder html, String title, String lead, String text, List<String> files) {
        html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-3\">\n<h3>").append(escape(title)).append("</h3>\n")
                .append("<p class=\"lead\">").append(escape(lead)).append("</p>\n</div>\n<div class=\"col-sm-9\">\n")
                .append(text).append('\n');
        for (String file : files) {
            QueryFile query = QueryFile.parse(resource(file));
            html.append("<p><small><code>").append(escape(file)).append("</code></small></p>\n");
            if (!query.parameters().isEmpty()) {
                html.append(runnable(":params {" + String.join(", ", query.parameters()) + "}"));
            }
            html.append(runnable(query.text()));
        }
        html.append("</div>\n</slide>\n");
    }

    private static String runnable(String text) {
        return "<pre mode=\"cypher\" class=\"runnable pre-scrollable code runnable standalone-example\">"
                + escape(text) + "</pre>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String resource(String path) {
        try (InputStream in = BrowserGuide.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A query file split into its example parameters ({@code // :param name => value} lines, as Cypher map entries)
     * and the query itself (everything else).
     */
    record QueryFile(List<String> parameters, String text) {

        static QueryFile parse(String file) {
            List<String> parameters = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (String line : file.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("// :param ")) {
                    String[] nameValue = trimmed.substring("// :param ".length()).split("=>", 2);
                    parameters.add(nameValue[0].strip() + ": " + nameValue[1].strip());
                } else {
                    text.append(line).append('\n');
                }
            }
            return new QueryFile(List.copyOf(parameters), text.toString().strip());
        }
    }
}
