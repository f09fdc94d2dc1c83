package io.paddock.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finding an enum's constant by one of its spellings (a key, a label, a graph value), written once for the kinds in
 * this package instead of a stream per lookup method. An enum without constants, so it cannot be made, because this
 * package holds only records and enums ({@code ArchitectureTests}).
 */
enum Lookup {
    ;

    /**
     * @param type      the enum
     * @param spelling  which spelling to compare, e.g. {@code EntityKind::label}
     * @param wanted    the spelling looked for; not null
     * @return the first constant, in declaration order, whose spelling equals {@code wanted}, or empty
     */
    static <E extends Enum<E>, V> Optional<E> find(Class<E> type, Function<E, V> spelling, V wanted) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> wanted.equals(spelling.apply(c))).findFirst();
    }

    /**
     * @param type     the enum
     * @param spelling which spelling to list
     * @return every constant's spelling in declaration order, comma-separated, for an error message
     */
    static <E extends Enum<E>> String list(Class<E> type, Function<E, String> spelling) {
        return Arrays.stream(type.getEnumConstants()).map(spelling).collect(Collectors.joining(", "));
    }
}
