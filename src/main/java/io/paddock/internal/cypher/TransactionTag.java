package io.paddock.internal.cypher;

import org.neo4j.driver.TransactionConfig;

import java.util.Map;

/**
 * The tag a caller puts on every transaction Paddock opens for it, as transaction metadata, so that the caller can
 * find and end them (the Paddock server terminates the transactions of a command whose user pressed Ctrl-C). Set per
 * thread, and inherited by the threads it starts; without one, transactions carry no metadata.
 */
public final class TransactionTag {

    /** The metadata key that holds the tag. */
    public static final String KEY = "paddockCommand";
    private static final ThreadLocal<String> TAG = new InheritableThreadLocal<>();

    private TransactionTag() {
    }

    /**
     * @param tag what this thread's transactions carry from now on, or {@code null} for nothing
     */
    public static void set(String tag) {
        if (tag == null) {
            TAG.remove();
        } else {
            TAG.set(tag);
        }
    }

    /**
     * @return the configuration for a transaction opened on this thread: its tag as metadata, if it has one
     */
    public static TransactionConfig config() {
        String tag = TAG.get();
        return tag == null ? TransactionConfig.empty() : TransactionConfig.builder().withMetadata(Map.of(KEY, tag)).build();
    }
}
