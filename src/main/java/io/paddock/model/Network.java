package io.paddock.model;

/**
 * The driver network a network question ran on: drivers who shared a car or a team at an event within the filters,
 * and the links between them (one per pair of drivers).
 *
 * @param drivers drivers with at least one link
 * @param links   pairs of drivers who shared a car, or a team at an event (co-drivers only when asked)
 * @param basis   what a link means here, in words (e.g. "co-drivers and team-mates")
 */
public record Network(int drivers, int links, String basis) {
}
