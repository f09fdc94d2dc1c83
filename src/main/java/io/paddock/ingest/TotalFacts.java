package io.paddock.ingest;

import io.paddock.ingest.KnowledgeBase.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Stated totals: wins overall, in class and in a row, podiums, class poles, titles defended, top places. */
final class TotalFacts {

    private TotalFacts() {
    }

    static void find(FactContext c) {
        for (int i = 1; i < c.tokens().size(); i++) {
            String word = c.w(i);
            boolean inARow = c.w(i + 1).equals("in") && c.w(i + 2).equals("folge");
            if (word.equals("gesamtsiege") || word.equals("gesamtsiegen")) {
                total(c, i, "OVERALL_WINS", numberBefore(c, i), "overall wins counted");
            } else if (word.equals("klassensiege") || word.equals("klassensiegen")) {
                total(c, i, "CLASS_WINS", numberBefore(c, i), "class wins counted");
            } else if (word.equals("klassensieg") && numberBefore(c, i) != null) {
                total(c, i, inARow ? "CONSECUTIVE_CLASS_WINS" : "CLASS_WINS", numberBefore(c, i), "class wins counted");
            } else if ((word.equals("siege") || word.equals("siegen")) && numberBefore(c, i) != null) {
                String metric = inARow ? "CONSECUTIVE_WINS" : c.has("zwischen") ? "WINS_AT_CIRCUIT"
                        : c.classScope() ? "CLASS_WINS" : "OVERALL_WINS";
                total(c, i, metric, numberBefore(c, i), "wins counted");
            } else if (word.startsWith("podiumsplatz") || word.startsWith("podestplatz")) {
                total(c, i, "PODIUMS", numberBefore(c, i), "podiums counted");
            } else if (word.equals("siegerpodium")) {
                for (int k = 0; k + 1 < c.tokens().size(); k++) {
                    if (c.w(k).equals("allen") && Words.cardinal(c.w(k + 1)) != null) {
                        total(c, i, "PODIUMS", Words.cardinal(c.w(k + 1)), "on the podium at every race");
                    }
                }
            } else if (word.equals("klassenbestzeit")) {
                total(c, i, "CLASS_POLES", numberBefore(c, i), "class best times counted");
            } else if ((word.equals("platze")) && c.w(i - 2).equals("ersten") && c.has("meisterschaft")) {
                total(c, i, "CHAMPIONSHIP_TOP_POSITIONS", Words.cardinal(c.w(i - 1)), "top places of the championship");
            } else if (word.equals("meistertitel") && (c.hasPrefix("verteidig"))) {
                for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
                    if (Words.cardinal(c.w(k)) != null && !c.w(k).equals("einem")) {
                        total(c, k + 1, "TITLES_DEFENDED", Words.cardinal(c.w(k)), "titles defended");
                        break;
                    }
                }
            } else if (word.equals("gesamtsieg") && c.w(i - 1).equals("dreifach")) {
                total(c, i, "ONE_TWO_THREE_FINISHES", 1, "a one-two-three finish");
            }
        }
    }

    private static Integer numberBefore(FactContext c, int i) {
        Integer n = Words.cardinal(c.w(i - 1));
        if (n == null) {
            n = Words.ordinal(c.w(i - 1));
        }
        return n;
    }

    private static void total(FactContext c, int i, String metric, Integer n, String evidence) {
        if (n == null) {
            return;
        }
        boolean carried = c.crews().isEmpty() && (c.inSentence().stream().noneMatch(m -> Set.of("team", "car", "manufacturer").contains(m.kind()))
                || c.tokens().stream().anyMatch(t -> Words.PRONOUNS.contains(t.folded())));
        c.add(new Fact.Total(metric, n), subjects(c), null, i - 1, i, carried ? 0.4 : 0.6, !carried,
                carried ? evidence + "; whose total it is comes from the sentence before" : evidence);
    }

    /** The crews; else whom a pronoun stands for; else the team, car or maker; else the previous sentence's subjects. */
    private static List<String> subjects(FactContext c) {
        List<String> out = new ArrayList<>();
        c.crews().all().forEach(g -> out.addAll(g.subjects()));
        if (out.isEmpty() && c.tokens().stream().anyMatch(t -> Words.PRONOUNS.contains(t.folded()))) {
            // "… feierte er … Siege", "… stellten sie …": the pronoun stands for the previous sentence's driver or team.
            c.previousSubjects().stream().filter(x -> x.startsWith("driver:") || x.startsWith("team:")).forEach(out::add);
        }
        if (out.isEmpty()) {
            for (List<String> kinds : List.of(List.of("team", "car"), List.of("manufacturer"))) {
                c.inSentence().stream().filter(m -> kinds.contains(m.kind()) && !c.clause().rivalBefore(c.tokenOf(m.start()), 14))
                        .forEach(m -> out.add(m.kind() + ":" + m.id()));
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            out.addAll(c.previousSubjects());
        }
        for (String s : List.copyOf(out)) {
            if (s.startsWith("car:")) {
                Entity car = c.kb().get("car", s.substring(4));
                if (car != null && car.manufacturer() != null && !out.contains("manufacturer:" + car.manufacturer())) {
                    out.add("manufacturer:" + car.manufacturer());
                }
            }
        }
        return out.stream().distinct().toList();
    }
}
