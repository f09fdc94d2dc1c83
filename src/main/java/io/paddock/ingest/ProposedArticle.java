package io.paddock.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * The article file {@code paddock ingest} proposes ({@code articles/<sourceId>.json}, {@code seed/schema/article.schema.json}),
 * as {@link ProposalWriter} builds it. A record's components are its keys in the order they are written; a component
 * marked {@code NON_NULL} or {@code NON_EMPTY} is left out when the report does not say it, every other one is
 * always written (a null as null), so an empty list such as a crew nobody names stays in the file.
 */
record ProposedArticle(Source source, List<Season> seasons, List<Event> events, List<Entry> entries,
                       List<Result> results, List<Session> sessions,
                       @JsonInclude(Include.NON_EMPTY) List<Championship> championships,
                       @JsonInclude(Include.NON_EMPTY) List<LapRecord> lapRecords,
                       @JsonInclude(Include.NON_EMPTY) List<StatedTotal> statedTotals,
                       @JsonInclude(Include.NON_EMPTY) List<Role> roles) {

    ProposedArticle {
        seasons = List.copyOf(seasons);
        events = List.copyOf(events);
        entries = List.copyOf(entries);
        results = List.copyOf(results);
        sessions = List.copyOf(sessions);
        championships = List.copyOf(championships);
        lapRecords = List.copyOf(lapRecords);
        statedTotals = List.copyOf(statedTotals);
        roles = List.copyOf(roles);
    }

    /** @return the article as the JSON tree the file holds */
    ObjectNode json() {
        return SeedJson.tree(this);
    }

    /** The report itself. */
    record Source(String id, String file, String language, String title, int paragraphs) {
    }

    /** A season of a series; the report's own, or the one before for a defending champion's title. */
    record Season(String id, String series, int year, List<String> src, String inferred) {
        Season {
            src = List.copyOf(src);
        }
    }

    /** The race the report is about. */
    record Event(String id, String name, String season, String circuit, List<String> src, String inferred) {
        Event {
            src = List.copyOf(src);
        }
    }

    /** A session of the event; its laps come after {@code src}, where the proposed files have always had them. */
    record Session(String id, String event, String type, List<String> src, @JsonInclude(Include.NON_NULL) Integer laps) {
        Session {
            src = List.copyOf(src);
        }
    }

    /** One car at the event, with the drivers the report puts in it. */
    record Entry(String id, String event, @JsonInclude(Include.NON_NULL) String number,
                 @JsonProperty("class") @JsonInclude(Include.NON_NULL) String carClass,
                 @JsonInclude(Include.NON_NULL) String team, @JsonInclude(Include.NON_NULL) String car,
                 List<String> crew, boolean crewComplete, List<String> src,
                 @JsonInclude(Include.NON_NULL) String inferred) {
        Entry {
            crew = List.copyOf(crew);
            src = List.copyOf(src);
        }
    }

    /** An entry's result in one session. */
    record Result(String entry, String session, String status, @JsonInclude(Include.NON_NULL) Integer position,
                  @JsonInclude(Include.NON_NULL) Integer classPosition,
                  @JsonInclude(Include.NON_NULL) BigDecimal gapSeconds,
                  @JsonInclude(Include.NON_NULL) Integer lapsLostInPits, List<String> src,
                  @JsonInclude(Include.NON_NULL) String inferred) {
        Result {
            src = List.copyOf(src);
        }

        /** The same result without its overall place, {@code inferred} saying why. */
        Result withoutPosition(String inferred) {
            return new Result(entry, session, status, null, classPosition, gapSeconds, lapsLostInPits, src, inferred);
        }
    }

    /** A championship of a season, with the standings the report states. */
    record Championship(String id, String name, String season, @JsonProperty("class") @JsonInclude(Include.NON_NULL) String carClass,
                        String kind, List<Standing> standings) {
        Championship {
            standings = List.copyOf(standings);
        }
    }

    /** A registry entity the file points at: a standing's holder, a total's subject, a role's organisation. */
    record EntityRef(String kind, String id) {
    }

    /** One holder's place in a championship, final or as of the report's event. */
    record Standing(EntityRef holder, int position, @JsonProperty("final") boolean finalPlace,
                    @JsonInclude(Include.NON_NULL) String asOfEvent, List<String> src,
                    @JsonInclude(Include.NON_NULL) String inferred) {
        Standing {
            src = List.copyOf(src);
        }
    }

    /** A lap record set at the event. */
    record LapRecord(String id, String circuit, String driver, String session, String kind,
                     @JsonInclude(Include.NON_NULL) BigDecimal improvementSeconds, List<String> src,
                     @JsonInclude(Include.NON_NULL) String inferred) {
        LapRecord {
            src = List.copyOf(src);
        }
    }

    /** A count the report states (wins, poles …) of a career or a season, as of the report's event. */
    record StatedTotal(String id, List<EntityRef> subject, String metric, int value, String scope,
                       @JsonInclude(Include.NON_NULL) String season, String asOfEvent, List<String> src,
                       @JsonInclude(Include.NON_NULL) String inferred) {
        StatedTotal {
            subject = List.copyOf(subject);
            src = List.copyOf(src);
        }
    }

    /** A person's role at an organisation in the report's season. */
    record Role(String person, String role, EntityRef organisation, String season, List<String> src) {
        Role {
            src = List.copyOf(src);
        }
    }
}
