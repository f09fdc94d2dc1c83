package io.paddock.ingest;

import io.paddock.ingest.Text.Token;

import java.util.List;

/** Roles printed beside a person's name: "Porsche-Motorsportchef X", "X, Leiter Audi-Sport". */
final class RoleFacts {

    private RoleFacts() {
    }

    static void find(FactContext c) {
        List<Token> tokens = c.tokens();
        for (Mention person : c.inSentence()) {
            if (!"person".equals(person.kind())) {
                continue;
            }
            int at = c.tokenOf(person.start());
            int end = c.clause().lastTokenOf(person);
            Mention maker = null;
            String role = null;
            if (at >= 2 && c.w(at - 1).endsWith("chef")) {
                maker = makerAt(c, at - 2);
                role = tokens.get(at - 1).original();
            } else if (c.w(end + 1).equals("leiter")) {
                maker = makerAt(c, end + 2);
                role = "Leiter " + (maker == null ? "" : tokens.get(end + 2).original()) + "-"
                        + tokens.get(Math.min(tokens.size() - 1, end + 3)).original();
            }
            if (maker != null) {
                c.add(new Fact.Role(maker.id()), List.of("person:" + person.id()), null, Math.min(at, end), Math.max(at, end + 3),
                        0.7, true, "role printed beside the name: " + role);
            }
        }
    }

    private static Mention makerAt(FactContext c, int k) {
        if (k < 0 || k >= c.tokens().size()) {
            return null;
        }
        Token t = c.tokens().get(k);
        return c.inSentence().stream().filter(m -> "manufacturer".equals(m.kind()) && m.start() <= t.start() && t.end() <= m.end())
                .findFirst().orElse(null);
    }
}
