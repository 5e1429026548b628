package org.leadershipimpact.platform.csv;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a spreadsheet's CSV is read into requests, with Jackson's CSV reader alone. */
class CsvSheetTest {

    enum Mark { PRESENT, ABSENT }

    record Line(String name, String note, Mark mark, LocalDate date, Double value) {
    }

    record Lines(List<Line> lines) {
    }

    private static final String EXAMPLE = "name,note,mark,date,value\r\nAsha,\"first, then \"\"second\"\"\",PRESENT,2026-01-31,41.5\r\n";
    private static final CsvSheet<Line, Lines> SHEET = CsvSheet.of("lines", 3, EXAMPLE,
            row -> new Line(row.text("name"), row.text("note"), row.choice("mark", Mark.class), row.date("date"), row.number("value")),
            Lines::new);

    private static CsvFile<Lines> read(String csv) {
        return SHEET.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem.Violation> refusal(String csv) {
        return assertThrows(ProblemException.class, () -> read(csv)).violations();
    }

    @Test
    void excelsQuotingByteOrderMarkAndLineEndingsAreRead() {
        CsvFile<Lines> file = read("\uFEFFname,note,mark,date,value\r\n"
                + "\"Rahman, Asha\",\"said \"\"yes\"\"\r\non two lines\",PRESENT,2026-01-31,41.5\r\n"
                + ",,,,\r\n"
                + "Ben,,ABSENT,2026-02-01,-3\r\n");
        assertEquals(List.of(new Line("Rahman, Asha", "said \"yes\"\r\non two lines", Mark.PRESENT, LocalDate.of(2026, 1, 31), 41.5),
                new Line("Ben", null, Mark.ABSENT, LocalDate.of(2026, 2, 1), -3.0)), file.request().lines());
        assertEquals(List.of(2, 4), file.rows(), "rows as the spreadsheet numbers them; the blank row is skipped");
        assertEquals(List.of(), file.problems());
    }

    @Test
    void columnsMayComeInAnyOrderAndViolationsNameTheFilesOwnColumn() {
        CsvFile<Lines> file = read("value,date,mark,note,name\n1,2026-01-31,PRESENT,,Asha\n");
        assertEquals("Asha", file.request().lines().get(0).name());
        assertEquals(new Problem.Violation("lines[0].name", "taken", 2, 5), file.locate(new Problem.Violation("lines[0].name", "taken")));
        assertEquals(new Problem.Violation("lines", "too many"), file.locate(new Problem.Violation("lines", "too many")));
    }

    @Test
    void cellsOfTheWrongTypeAreEachNamedByRowAndColumn() {
        CsvFile<Lines> file = read("name,note,mark,date,value\nA,,LATE,2026-13-01,NaN\nB,,PRESENT,2026-01-01,1,extra\n");
        assertEquals(List.of(new Problem.Violation("lines[0].mark", "must be one of [PRESENT, ABSENT]", 2, 3),
                new Problem.Violation("lines[0].date", "must be a date from 1900-01-01 to 2999-12-31, like 2026-01-31", 2, 4),
                new Problem.Violation("lines[0].value", "must be a number like 41.5", 2, 5),
                new Problem.Violation("lines[1]", "has 6 cells where the header has 5", 3, 6)), file.problems());
    }

    @Test
    void aNumberTooLargeForADoubleAndOneTooLongAreEachToldWhy() {
        CsvFile<Lines> file = read("name,note,mark,date,value\nA,,PRESENT,2026-01-01,1e309\nB,,PRESENT,2026-01-01," + "1".repeat(51) + "\n");
        assertEquals(List.of(new Problem.Violation("lines[0].value", "must be a number no larger than " + Double.MAX_VALUE, 2, 5),
                new Problem.Violation("lines[1].value", "must be a number of at most 50 characters", 3, 5)), file.problems());
    }

    @Test
    void aMalformedFileIsRefusedWithWhereItWentWrong() {
        assertEquals(List.of(new Problem.Violation("$", "has a quoted cell that is never closed", 3, null)),
                refusal("name,note,mark,date,value\nA,,PRESENT,2026-01-01,1\nB,\"open,PRESENT,2026-01-01,1\n"));
        assertEquals(List.of(new Problem.Violation("$", "has no header row; it must be name,note,mark,date,value", 1, null)), refusal(""));
        byte[] windows1252 = "name,note,mark,date,value\nJos\u00e9,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("is not UTF-8 text; save it from Excel as \"CSV UTF-8 (Comma delimited)\"",
                assertThrows(ProblemException.class, () -> SHEET.read(windows1252)).violations().get(0).message());
    }

    @Test
    void aWrongHeaderNamesEveryWrongColumn() {
        List<Problem.Violation> violations = refusal("name,notes,mark,date,value,name\n");
        assertEquals(List.of(1, 1, 1), violations.stream().map(Problem.Violation::row).toList());
        assertEquals(List.of("note", "notes", "name"), violations.stream().map(Problem.Violation::field).toList());
        assertEquals(java.util.Arrays.asList(null, 2, 6), violations.stream().map(Problem.Violation::column).toList());
    }

    @Test
    void readingStopsAtTheFirstRowBeyondTheLimit() {
        String row = "A,,PRESENT,2026-01-01,1\n";
        assertEquals(3, read("name,note,mark,date,value\n" + row.repeat(3)).request().lines().size());
        assertEquals(List.of(new Problem.Violation("lines", "holds at most 3 rows besides the header", 5, null)),
                refusal("name,note,mark,date,value\n" + row.repeat(4) + "not,even,read"));
    }

    @Test
    void theTemplateIsTheExampleThatReadsBack() {
        String template = SHEET.template();
        assertEquals("\uFEFF" + EXAMPLE, template);
        assertEquals(List.of(new Line("Asha", "first, then \"second\"", Mark.PRESENT, LocalDate.of(2026, 1, 31), 41.5)),
                read(template).request().lines());
    }
}
