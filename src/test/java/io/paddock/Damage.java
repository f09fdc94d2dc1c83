package io.paddock;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Generated damage to an input file, as a user's editor, a bad download or a hostile hand would do it: bytes cut,
 * inserted or replaced with the values that break parsers (empty, huge, negative, non-numbers, quotes, control
 * characters, other scripts, broken UTF-8), lines dropped, doubled or swapped (the header too), a byte-order mark.
 * Each damage is a record, so jqwik prints and shrinks it when a property fails.
 *
 * @param kind     what is done
 * @param at       where, as a share of the file's length (0 to 1)
 * @param length   how many bytes a cut takes
 * @param payload  what is put in
 */
public record Damage(Kind kind, double at, int length, String payload) {

    /** The kinds of damage. */
    public enum Kind {
        /** Put the payload in at a place. */
        INSERT,
        /** Put the payload in the place of the field (between separators) at a place. */
        REPLACE_FIELD,
        /** Cut some bytes out. */
        CUT,
        /** End the file at a place. */
        TRUNCATE,
        /** Leave out the line at a place. */
        DROP_LINE,
        /** Write the line at a place twice. */
        DOUBLE_LINE,
        /** Swap the line at a place with the first line (often the header). */
        SWAP_WITH_FIRST_LINE,
        /** Put a byte-order mark in front. */
        BOM,
        /** Put bytes that are not UTF-8 at a place. */
        BROKEN_UTF8
    }

    /** Values that break parsers. */
    private static final List<String> NASTY = List.of("", " ", "-1", "0", "-0", "99999999999999999999", "2147483648",
            "1e309", "NaN", "Infinity", "null", "\"", "\"\"", "'", ",", ";", "\t", "\n", "\r\n", "\u0000", "\u001b[31m",
            "ÄÖÜ ß", "日本語", "עברית", "\uD83C\uDFCE\uFE0F", "\uD800", "{", "}", "[", "]", ":", "- ", "&a *a", "!!binary",
            "--- ", "x".repeat(5000), "1,5", "1.5.5", "+3", "0x1F", "2031-02-30", "24:61:61", "NULL", "\\N");

    /** @return any damage */
    public static Arbitrary<Damage> any() {
        Arbitrary<String> payload = Arbitraries.oneOf(Arbitraries.of(NASTY),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars(",;\"'\n\r\t{}[]:-#&*!|>%@`").ofMaxLength(12));
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 200), payload).as(Damage::new);
    }

    /** @return one to four damages */
    public static Arbitrary<List<Damage>> some() {
        return any().list().ofMinSize(1).ofMaxSize(4);
    }

    /**
     * @param bytes  a file's bytes
     * @param damage what to do to them, in order
     * @return the damaged bytes
     */
    public static byte[] apply(byte[] bytes, List<Damage> damage) {
        byte[] out = bytes;
        for (Damage d : damage) {
            out = d.apply(out);
        }
        return out;
    }

    /**
     * @param bytes a file's bytes
     * @return the bytes with this damage done
     */
    public byte[] apply(byte[] bytes) {
        int position = (int) Math.min(bytes.length, Math.floor(at * bytes.length));
        byte[] inserted = payload.getBytes(StandardCharsets.UTF_8);
        return switch (kind) {
            case INSERT -> splice(bytes, position, position, inserted);
            case REPLACE_FIELD -> splice(bytes, fieldStart(bytes, position), fieldEnd(bytes, position), inserted);
            case CUT -> splice(bytes, position, Math.min(bytes.length, position + length), new byte[0]);
            case TRUNCATE -> Arrays.copyOf(bytes, position);
            case DROP_LINE -> splice(bytes, lineStart(bytes, position), lineEnd(bytes, position, true), new byte[0]);
            case DOUBLE_LINE -> splice(bytes, lineStart(bytes, position), lineStart(bytes, position),
                    Arrays.copyOfRange(bytes, lineStart(bytes, position), lineEnd(bytes, position, true)));
            case SWAP_WITH_FIRST_LINE -> swapWithFirst(bytes, position);
            case BOM -> splice(bytes, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case BROKEN_UTF8 -> splice(bytes, position, position, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        };
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, from);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static boolean separator(byte b) {
        return b == ',' || b == ';' || b == '\n' || b == '\r' || b == ':';
    }

    private static int fieldStart(byte[] bytes, int position) {
        int i = position;
        while (i > 0 && !separator(bytes[i - 1])) {
            i--;
        }
        return i;
    }

    private static int fieldEnd(byte[] bytes, int position) {
        int i = position;
        while (i < bytes.length && !separator(bytes[i])) {
            i++;
        }
        return i;
    }

    private static int lineStart(byte[] bytes, int position) {
        int i = Math.min(position, bytes.length);
        while (i > 0 && bytes[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(byte[] bytes, int position, boolean withNewline) {
        int i = Math.min(position, bytes.length);
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return withNewline && i < bytes.length ? i + 1 : i;
    }

    private static byte[] swapWithFirst(byte[] bytes, int position) {
        int firstEnd = lineEnd(bytes, 0, true);
        int start = lineStart(bytes, position);
        if (start < firstEnd) {
            return bytes;
        }
        int end = lineEnd(bytes, position, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1);
        byte[] line = Arrays.copyOfRange(bytes, start, end);
        out.write(line, 0, line.length);
        if (line.length > 0 && line[line.length - 1] != '\n') {
            out.write('\n');
        }
        out.write(bytes, firstEnd, start - firstEnd);
        out.write(bytes, 0, firstEnd);
        out.write(bytes, end, bytes.length - end);
        return out.toByteArray();
    }
}
