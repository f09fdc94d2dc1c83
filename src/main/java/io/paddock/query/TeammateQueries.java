package io.paddock.query;

import io.paddock.model.EventRef;
import io.paddock.model.Pairing;
import io.paddock.model.Partner;
import io.paddock.model.PartnerCount;
import io.paddock.model.Ref;
import io.paddock.model.SharedEvent;
import io.paddock.model.TeammateCounts;
import io.paddock.model.Teammates;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Co-drivers, team-mates and the events a pair shared ({@code co-drivers.cypher}, {@code team-mates.cypher},
 * {@code unknown-crews.cypher}, {@code shared-events.cypher}).
 */
final class TeammateQueries {

    private final QueryContext context;

    TeammateQueries(QueryContext context) {
        this.context = context;
    }

    Teammates teammates(String driverName, QueryFilter filter) {
        Ref driver = driver(driverName, filter);
        Map<String, Object> parameters = Map.of("driverId", driver.id());
        Map<String, Object> filterParameters = context.filterParameters(filter);
        return context.read(reads -> {
            List<Partner> coDrivers = partners(reads.run("co-drivers", parameters, filterParameters), "CO_DRIVER", filter);
            List<Partner> teamMates = partners(reads.run("team-mates", parameters, filterParameters), "TEAM_MATE", filter);
            return new Teammates(driver, coDrivers, teamMates, unknownCrews(reads, parameters, filterParameters),
                    QueryContext.sources(Stream.concat(coDrivers.stream(), teamMates.stream()).map(Partner::sources).toList()));
        });
    }

    /** {@link #teammates} without the shared events: one statement, {@code teammate-counts}. */
    TeammateCounts counts(String driverName, QueryFilter filter) {
        Ref driver = driver(driverName, filter);
        Map<String, Object> parameters = Map.of("driverId", driver.id());
        Map<String, Object> filterParameters = context.filterParameters(filter);
        return context.read(reads -> {
            Record row = reads.run("teammate-counts", parameters, filterParameters).get(0);
            List<PartnerCount> coDrivers = counts(row.get("coDrivers"), filter);
            List<PartnerCount> teamMates = counts(row.get("teamMates"), filter);
            return new TeammateCounts(driver, coDrivers, teamMates, row.get("unknownCrews").asList(Columns::eventRef),
                    QueryContext.sources(Stream.concat(coDrivers.stream(), teamMates.stream()).map(PartnerCount::sources).toList()));
        });
    }

    /** The driver asked about; its search and the filter's go to the database as one statement. */
    private Ref driver(String driverName, QueryFilter filter) {
        return context.names().resolveAll(filter, "driver", driverName).get(0);
    }

    /** The events where a crew involved is not fully named ({@code unknown-crews}). */
    private static List<EventRef> unknownCrews(QueryContext.Reads reads, Map<String, Object> parameters,
                                               Map<String, Object> filterParameters) {
        return reads.run("unknown-crews", parameters, filterParameters).stream()
                .map(r -> Columns.eventRef(r.get("event"))).toList();
    }

    private static List<PartnerCount> counts(Value partners, QueryFilter filter) {
        return partners.asList(p -> new PartnerCount(new Ref("driver", p.get("id").asString(), p.get("name").asString()),
                        p.get("events").asInt(), QueryContext.sources(List.of(Columns.strings(p.get("sources"))))))
                .stream()
                .limit(filter.limitOr(Integer.MAX_VALUE))
                .toList();
    }

    Pairing pair(String nameA, String nameB) {
        List<Ref> named = context.names().resolveAll(QueryFilter.all(), "driver", nameA, nameB);
        Ref a = named.get(0);
        Ref b = named.get(1);
        List<Record> rows = context.run("shared-events", Map.of("a", a.id(), "b", b.id()));
        List<SharedEvent> events = rows.stream()
                .map(r -> new SharedEvent(r.get("event").asString(), r.get("eventName").asString(), r.get("season").asInt(),
                        r.get("role").asString(), Columns.text(r.get("team")), Columns.text(r.get("car")), Columns.text(r.get("class")),
                        Columns.series(r.get("series"), r.get("seriesName")), r.get("seriesHasClasses").asBoolean()))
                .toList();
        return new Pairing(a, b, events, QueryContext.sources(rows.stream().map(Columns::sources).toList()));
    }

    private static List<Partner> partners(List<Record> rows, String role, QueryFilter filter) {
        return rows.stream()
                .limit(filter.limitOr(Integer.MAX_VALUE))
                .map(r -> new Partner(
                        new Ref("driver", r.get("id").asString(), r.get("name").asString()),
                        r.get("events").asInt(),
                        r.get("shared").asList(v -> sharedEvent(v, role)),
                        Columns.sources(r)))
                .toList();
    }

    private static SharedEvent sharedEvent(Value v, String role) {
        return new SharedEvent(v.get("event").asString(), v.get("eventName").asString(), v.get("season").asInt(), role,
                Columns.text(v.get("team")), Columns.text(v.get("car")), Columns.text(v.get("class")),
                Columns.series(v.get("series"), v.get("seriesName")), v.get("seriesHasClasses").asBoolean());
    }
}
