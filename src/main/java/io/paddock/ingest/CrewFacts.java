package io.paddock.ingest;

import io.paddock.ingest.Crews.Group;

/** Crew facts: the team and car a crew is bound to, and its class (printed, the car's, or the sentence's one). */
final class CrewFacts {

    private CrewFacts() {
    }

    static void find(FactContext c) {
        for (Group g : c.crews().all()) {
            int from = g.firstToken;
            int to = g.lastToken;
            if (g.team != null) {
                c.add(new Fact.Crew(g.team.id()), g.subjects(), null, from, c.tokenOf(g.team.start()), g.shared ? 0.6 : 0.75,
                        true, g.shared ? "the team printed before the crews of the sentence" : "drivers and team in one sentence");
            }
            if (g.car != null) {
                c.add(new Fact.Car(g.car.id()), g.subjects(), null, from, c.tokenOf(g.car.start()), 0.75, true,
                        "drivers and car in one sentence");
            }
            Mention boundClass = c.boundClass();
            Mention pilotOf = g.firstToken >= 2 && Words.DRIVER_TITLES.contains(c.w(g.firstToken - 1))
                    ? c.clause().mentionAt(g.firstToken - 2) : null;
            if (pilotOf != null && "class".equals(pilotOf.kind())) {
                // "<class>-Piloten <name>": the class printed as the driver's title.
                c.add(new Fact.CarClass(pilotOf.id()), g.subjects(), null, g.firstToken - 2, to, 0.7, true,
                        "class printed before the driver");
                c.classes().remember(g, pilotOf.id());
            } else if (g.carEntity != null && g.carEntity.carClass() != null) {
                c.add(new Fact.CarClass(g.carEntity.carClass()), g.subjects(), null, from, to, 0.6, false,
                        "class the registry gives the car");
                c.classes().remember(g, g.carEntity.carClass());
            } else if (boundClass != null) {
                c.add(new Fact.CarClass(boundClass.id()), g.subjects(), null, from, c.tokenOf(boundClass.start()), 0.6, true,
                        "the one class the sentence names");
                c.classes().remember(g, boundClass.id());
            }
        }
    }
}
