package io.paddock.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paddock.PaddockException;

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

    private final Path path;
    private final char separator;
    private final String nullMarker;

    CsvFile(Path path, char separator, String nullMarker) {
        this.path = path;
        this.separator = separator;
        this.nullMarker = nullMarker;
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
                    throw new PaddockException(name() + ":1: missing column '" + column + "' (header: " + header + ")");
                }
            }
            while (records.hasNextValue()) {
                line = records.getCurrentLocation().getLineNr();
                List<String> values = records.nextValue();
                if (values.stream().allMatch(v -> v == null || v.isBlank())) {
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
            throw new PaddockException(name() + ": not UTF-8 text (near line " + line + ")", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PaddockException p) {
                throw p;
            }
            throw new PaddockException(name() + ":" + line + ": unreadable CSV: " + firstLine(e.getMessage()), e);
        }
        return count;
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
