package io.paddock.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a file stops being UTF-8 text, said so a user can find it in an editor. Seed and dataset files are UTF-8
 * (RFC 8259 for JSON); Jackson would silently accept UTF-16 and UTF-32 JSON, and a Latin-1 byte would surface as a
 * parser error that does not say "encoding". And text from such files as a message shows it.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Text from a file or a command line as a one-line message shows it: control characters (a line break, a NUL, a
     * terminal escape sequence) and line or paragraph separators written as {@code \\uXXXX}, so the message stays one
     * line and a terminal shows what the input holds instead of obeying it.
     *
     * @param text any text
     * @return the text with those characters escaped
     */
    public static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /**
     * @param bytes a whole file
     * @return {@code null} when the bytes are UTF-8 text, else what is wrong and where: {@code "not UTF-8 text: line 3,
     *         column 12 has byte 0xE9 (save the file as UTF-8)"}
     */
    public static String problem(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return "not UTF-8 text: it starts with a UTF-16 byte-order mark (save the file as UTF-8)";
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    return "not UTF-8 text: " + at(bytes, i) + " (UTF-16 without a byte-order mark? save the file as UTF-8)";
                }
            }
            return null;
        } catch (CharacterCodingException e) {
            return "not UTF-8 text: " + at(bytes, firstBadByte(bytes)) + " (save the file as UTF-8)";
        }
    }

    /** "line 3, column 12 has byte 0xE9": the column counts characters, as editors do. */
    static String at(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return "line " + line + ", column " + column + " has byte 0x"
                + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xFF);
    }

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }
}
