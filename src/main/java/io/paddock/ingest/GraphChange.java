package io.paddock.ingest;

/**
 * One node or relationship a reviewed seed directory would write, and whether the comparison base already has it.
 *
 * @param what   graph label of the node (Driver, Entry, Result …) or relationship type (DROVE, STANDING)
 * @param id     its id (for relationships: {@code from->to})
 * @param isNew  true when the base (the shipped seed, or the graph) does not have it
 * @param detail a short description (name, crew, position …)
 */
public record GraphChange(String what, String id, boolean isNew, String detail) {
}
