package io.paddock.seed;

import io.paddock.PaddockException;

import java.util.List;

/**
 * A seed that failed validation. Nothing has been written when this is thrown. Each problem names the file,
 * the place in it (a JSON path) and what is wrong.
 */
public final class SeedException extends PaddockException {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    /** Every problem found, one line each (part of the serialized form). */
    private final List<String> problems;

    SeedException(List<String> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * @return every problem found, one line each
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * One problem: one line, {@code Seed rejected, nothing was written: <file>: <path>: <problem>}. Several: that
     * count on the first line, then one line each.
     */
    private static String describe(List<String> problems) {
        if (problems.size() == 1) {
            return "Seed rejected, nothing was written: " + problems.get(0);
        }
        StringBuilder message = new StringBuilder("Seed rejected, nothing was written: ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(SHOWN).forEach(p -> message.append(System.lineSeparator()).append("  ").append(p));
        if (problems.size() > SHOWN) {
            message.append(System.lineSeparator()).append("  … and ").append(problems.size() - SHOWN).append(" more");
        }
        return message.toString();
    }
}
