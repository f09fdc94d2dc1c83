package io.paddock.importer;

/**
 * A value two sources give differently for one fact: the graph keeps the preferred source's
 * ({@code seed/precedence.json}) and lists the other in the fact's sources.
 *
 * @param kind        what the fact is: {@code result}, {@code driver} or {@code standing}
 * @param id          the fact's id (a result id, a person id, or championship/holder/as-of for a standing)
 * @param field       the field, e.g. {@code position}
 * @param kept        the preferred source's value, as text
 * @param keptSource  the preferred source, e.g. {@code f1db}
 * @param other       the other source's value, as text
 * @param otherSource the other source, e.g. {@code ergast-f1-csv}
 */
public record Conflict(String kind, String id, String field, String kept, String keptSource, String other,
                       String otherSource) {
}
