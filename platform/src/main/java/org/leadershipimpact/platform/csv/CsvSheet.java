package org.leadershipimpact.platform.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import jakarta.ws.rs.core.Response;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The spreadsheet form of a bulk operation: a header row naming the JSON fields of one item (in any
 * order), then one item per row, read into the very records the JSON operation takes. Files are read
 * as Excel writes them: UTF-8 with or without a byte order mark, CRLF or LF, cells quoted when they
 * hold commas, quotes (doubled) or line breaks. Rows are numbered as the spreadsheet shows them, the
 * header being row 1; a row holding nothing but blank cells is skipped (Excel writes one for a row
 * that was formatted and then emptied).
 *
 * @param <R> the record of one item, as in the JSON list
 * @param <B> the record of the whole request, as the JSON operation takes it
 */
public final class CsvSheet<R, B> {

    public static final String MEDIA_TYPE = "text/csv";
    /**
     * What an operation taking CSV adds to its OpenAPI description. The JSON and the CSV method of an
     * operation are one operation in the document, whose summary and description are the JSON method's.
     */
    public static final String IMPORT_DESCRIPTION = " As text/csv it takes a spreadsheet saved as CSV UTF-8 (with or without "
            + "a byte order mark, CRLF or LF, Excel's quoting): a header row naming the JSON fields of one item, in any order (the "
            + "template beside this operation has it), then one item a row, checked as JSON is; every refused cell is named "
            + "by its row, as the spreadsheet numbers it (the header is row 1), and its column.";
    public static final String TEMPLATE_DESCRIPTION = "A CSV file with the header row and an example row, to fill in and send to "
            + "the import as text/csv.";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            // a last cell left blank is a cell, not a trailing comma to drop
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    private final String list;
    private final int maxRows;
    private final String example;
    private final List<String> columns;
    private final Function<CsvRow, R> item;
    private final Function<List<R>, B> batch;

    private CsvSheet(String list, int maxRows, String example, Function<CsvRow, R> item, Function<List<R>, B> batch) {
        this.list = list;
        this.maxRows = maxRows;
        this.example = example;
        this.item = item;
        this.batch = batch;
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(example)) {
            this.columns = List.of(lines.nextValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param list the JSON request's list of items ({@code participants}): violations name a row's field as
     *             the JSON request would ({@code participants[3].email}), besides its row and column
     * @param maxRows the most items the JSON list may hold; reading stops at the first row beyond
     * @param example the header row, naming the item's JSON fields, and an example row, lines ending in
     *                CRLF: the OpenAPI document shows it (so it is a constant) and the template is made of it
     */
    public static <R, B> CsvSheet<R, B> of(String list, int maxRows, String example, Function<CsvRow, R> item,
            Function<List<R>, B> batch) {
        return new CsvSheet<>(list, maxRows, example, item, batch);
    }

    /**
     * The header row and the example row. It starts with a byte order mark, so that Excel opens it as
     * UTF-8 and saves names with accents as they were typed.
     */
    public String template() {
        return BYTE_ORDER_MARK + example;
    }

    /** The template as a file to download, named after the list ({@code participants.csv}). */
    public Response templateFile() {
        return Response.ok(template(), MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + list + ".csv\"").build();
    }

    CsvFile<B> read(byte[] body) {
        MappingIterator<String[]> lines;
        try {
            lines = CSV.readerFor(String[].class).readValues(utf8(body));
        } catch (IOException e) {
            throw fileRefused(1, "is not valid CSV");
        }
        Map<String, Integer> columns = header(next(lines, 1));
        List<R> items = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<Problem.Violation> problems = new ArrayList<>();
        for (int row = 2; hasNext(lines, row); row++) {
            String[] cells = next(lines, row);
            if (Arrays.stream(cells).allMatch(String::isBlank)) {
                continue;
            }
            if (items.size() == maxRows) {
                throw refused(List.of(new Problem.Violation(list, "holds at most " + maxRows + " rows besides the header", row, null)));
            }
            String at = list + "[" + items.size() + "]";
            if (cells.length != columns.size()) {
                problems.add(new Problem.Violation(at, "has " + cells.length + " cells where the header has " + columns.size(),
                        row, cells.length > columns.size() ? columns.size() + 1 : null));
            }
            items.add(item.apply(new CsvRow(at, row, columns, cells, problems)));
            rows.add(row);
        }
        return new CsvFile<>(list, batch.apply(items), rows, columns, problems);
    }

    /** The header's columns by name, each at its position; every column named once, and none unknown. */
    private Map<String, Integer> header(String[] cells) {
        Map<String, Integer> named = new LinkedHashMap<>();
        List<Problem.Violation> problems = new ArrayList<>();
        for (int at = 0; at < cells.length; at++) {
            String name = cells[at].strip();
            if (!this.columns.contains(name)) {
                problems.add(new Problem.Violation(name, "is not a column of this file; its header is " + String.join(",", columns), 1, at + 1));
            } else if (named.putIfAbsent(name, at) != null) {
                problems.add(new Problem.Violation(name, "is named twice in the header", 1, at + 1));
            }
        }
        for (String name : columns) {
            if (!named.containsKey(name)) {
                problems.add(new Problem.Violation(name, "is a column the header must name; its header is " + String.join(",", columns), 1, null));
            }
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return named;
    }

    private boolean hasNext(MappingIterator<String[]> lines, int row) {
        try {
            return lines.hasNextValue();
        } catch (IOException e) {
            throw unreadable(e, row);
        }
    }

    private String[] next(MappingIterator<String[]> lines, int row) {
        try {
            if (!lines.hasNextValue()) {
                throw fileRefused(row, "has no header row; it must be " + String.join(",", columns));
            }
            return lines.nextValue();
        } catch (IOException e) {
            throw unreadable(e, row);
        }
    }

    private static ProblemException unreadable(IOException e, int row) {
        String reason = String.valueOf(e.getMessage());
        return fileRefused(row, reason.contains("closing quote") ? "has a quoted cell that is never closed" : "is not valid CSV");
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // Excel's plain "CSV (Comma delimited)" is Windows-1252: say which choice to make instead
            throw fileRefused(null, "is not UTF-8 text; save it from Excel as \"CSV UTF-8 (Comma delimited)\"");
        }
    }

    private static ProblemException fileRefused(Integer row, String message) {
        return refused(List.of(new Problem.Violation("$", message, row, null)));
    }

    static ProblemException refused(List<Problem.Violation> violations) {
        return CsvFile.located(new ProblemException(400, "validation", "Invalid request", ""), violations);
    }
}
