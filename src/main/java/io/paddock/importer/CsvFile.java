package io.paddock.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paddock.PaddockException;
import io.paddock.internal.text.Utf8;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A dataset CSV file read as a stream with Jackson's CSV parser: the header names the columns, each record comes
 * with its line number (the header is line 1) for provenance and error messages, a null marker (Ergast's
 * {@code \N}) reads as null, and a short record (fewer fields than the header) reads its missing fields as null.
 * A missing file, a missing column, bytes that are not UTF-8 or broken quoting fail with the file and line.
 */
final class CsvFile {

    /** One record: its line number and its fields by column name. */
    record Row(String file, int line, Map<String, String> fields) {

        String get(String column) {
            return fields.get(column);
        }

        /** "results.csv:124", the provenance suffix of this row. */
        String at() {
            return file + ":" + line;
        }
    }

    /**
     * The longest value a field may have, in characters: the longest in the real datasets is 122; an id made from a
     * much longer name would fail Neo4j's id index in the middle of the write.
     */
    static final int MAX_FIELD = 1_000;

    private final Path path;
    private final char separator;
    private final String nullMarker;
    private final boolean shortRowsAllowed;
    private final List<Rejection> rejected = new ArrayList<>();

    CsvFile(Path path, char separator, String nullMarker) {
        this(path, separator, nullMarker, true);
    }

    private CsvFile(Path path, char separator, String nullMarker, boolean shortRowsAllowed) {
        this.path = path;
        this.separator = separator;
        this.nullMarker = nullMarker;
        this.shortRowsAllowed = shortRowsAllowed;
    }

    /**
     * @return this file, read so that a record with fewer fields than the header is rejected (a truncated line), for
     *         files whose every record has every column
     */
    CsvFile everyColumn() {
        return new CsvFile(path, separator, nullMarker, false);
    }

    /** Records left out while reading: more fields than the header (or fewer, see {@link #everyColumn()}), a huge value. */
    List<Rejection> rejected() {
        return List.copyOf(rejected);
    }

    String name() {
        return path.getFileName().toString();
    }

    /**
     * Streams every record to {@code sink}.
     *
     * @param required columns the header must have
     * @return how many records were read
     */
    int read(List<String> required, Consumer<Row> sink) {
        if (!Files.isRegularFile(path)) {
            throw new PaddockException(path + ": file not found");
        }
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"');
        int count = 0;
        int line = 1;
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             MappingIterator<List<String>> records = mapper.readerForListOf(String.class).with(schema).readValues(reader)) {
            if (!records.hasNextValue()) {
                throw new PaddockException(name() + ": empty file, expected a header line with " + required);
            }
            List<String> header = records.nextValue().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new PaddockException(name() + ":1: missing column '" + column + "' (header: "
                            + Utf8.visible(header.toString()) + ")");
                }
            }
            while (records.hasNextValue()) {
                line = records.getCurrentLocation().getLineNr();
                List<String> values = records.nextValue();
                if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                Rejection misshapen = shape(line, header, values);
                if (misshapen != null) {
                    rejected.add(misshapen);
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = i < values.size() ? values.get(i) : null;
                    fields.put(header.get(i), value == null || value.equals(nullMarker) ? null : value);
                }
                sink.accept(new Row(name(), line, fields));
                count++;
            }
        } catch (CharacterCodingException e) {
            throw new PaddockException(name() + ": " + encodingProblem(line), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PaddockException p) {
                throw p;
            }
            throw new PaddockException(name() + ":" + line + ": unreadable CSV: " + Utf8.visible(firstLine(e.getMessage())), e);
        }
        return count;
    }

    /** Why a record cannot be mapped onto the header (its field count, a huge value), or null when it can. */
    private Rejection shape(int line, List<String> header, List<String> values) {
        if (values.size() > header.size()) {
            return new Rejection(name(), line, "(columns)", values.size() + " fields, the header has " + header.size()
                    + " (a separator inside an unquoted value?)");
        }
        if (!shortRowsAllowed && values.size() < header.size()) {
            return new Rejection(name(), line, "(columns)", values.size() + " fields, the header has " + header.size()
                    + " (a truncated line?)");
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value != null && value.length() > MAX_FIELD) {
                return new Rejection(name(), line, header.get(i), String.format(java.util.Locale.ROOT, "%,d", value.length())
                        + " characters, more than the " + String.format(java.util.Locale.ROOT, "%,d", MAX_FIELD) + " a value may have");
            }
        }
        return null;
    }

    /** The exact place of the first byte that is not UTF-8, read again from the file (only on this error path). */
    private String encodingProblem(int nearLine) {
        try {
            String problem = Utf8.problem(Files.readAllBytes(path));
            return problem != null ? problem : "not UTF-8 text (near line " + nearLine + ")";
        } catch (IOException e) {
            return "not UTF-8 text (near line " + nearLine + ")";
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Reads a whole file into memory, for the small lookup files. */
    List<Row> readAll(List<String> required) {
        List<Row> rows = new ArrayList<>();
        read(required, rows::add);
        return rows;
    }
}
