package org.leadershipimpact.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the services' ObjectMapper reads and refuses, with Jackson alone. */
class StrictJsonTest {

    enum Mark { PRESENT, ABSENT }

    record Register(String title, Mark mark, LocalDate date, @Size(max = 3) List<String> notes, @Size(max = 3) Set<UUID> ids,
            @Size(max = 3) List<Entry> entries, List<LocalDate> dates) {
    }

    record Entry(String name) {
    }

    private static final ObjectMapper JSON = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static <T extends Throwable> T refused(Class<T> expected, String json) {
        return assertThrows(expected, () -> JSON.readValue(json, Register.class), json);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }

    @Test
    void aWellFormedRequestIsRead() throws Exception {
        Register register = JSON.readValue("""
                {"title":"Day 1","mark":"PRESENT","date":"2026-01-31","notes":["a","b","c"],"entries":[{"name":"x"}],
                 "dates":["1900-01-01","2999-12-31"]}""", Register.class);
        assertEquals(LocalDate.of(2026, 1, 31), register.date());
        assertEquals(List.of("a", "b", "c"), register.notes());
    }

    @Test
    void textHoldingNulIsRefusedWhereverItIs() {
        for (String json : List.of("{\"title\":\"Day\\u00001\"}", "{\"notes\":[\"a\",\"b\\u0000\"]}", "{\"mark\":\"PRESENT\\u0000\"}",
                "{\"entries\":[{\"name\":\"\\u0000\"}]}", "{\"date\":\"2026-01-31\\u0000\"}")) {
            InvalidValue refused = refused(InvalidValue.class, json);
            assertEquals(InvalidValue.NUL, refused.reason(), json);
        }
        assertEquals(".notes[1]", path(refused(InvalidValue.class, "{\"notes\":[\"a\",\"b\\u0000\"]}")));
    }

    @Test
    void datesOutsideTheAcceptedRangeOrInAnotherShapeAreRefused() {
        for (String date : List.of("\"+100000000-01-01\"", "\"-999999999-01-01\"", "\"+999999999-12-31\"", "\"1899-12-31\"",
                "\"3000-01-01\"", "\"2025-01-01T10:00:00Z\"", "\"2025-01-01T10:00:00\"", "20000", "[2025,1,1]", "[]", "\"\"")) {
            InvalidValue refused = refused(InvalidValue.class, "{\"date\":" + date + "}");
            assertEquals(AcceptedDates.EXPECTATION, refused.reason(), date);
            assertEquals(".date", path(refused));
        }
        assertEquals(".dates[0]", path(refused(InvalidValue.class, "{\"dates\":[[]]}")));
    }

    @Test
    void aNullAmongAListsItemsIsRefusedNamingTheItem() {
        assertEquals(".ids[0]", path(refused(InvalidNullException.class, "{\"ids\":[null]}")));
        assertEquals(".dates[1]", path(refused(InvalidNullException.class, "{\"dates\":[\"2026-01-01\",null]}")));
        assertEquals(".entries[0]", path(refused(InvalidNullException.class, "{\"entries\":[null]}")));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        StreamReadException refused = refused(StreamReadException.class, "{\"title\":\"a\",\"title\":\"b\"}");
        assertTrue(refused.getOriginalMessage().startsWith("Duplicate field"), refused.getMessage());
    }

    @Test
    void anEnumIsReadByItsNameOnly() {
        refused(MismatchedInputException.class, "{\"mark\":1}");
    }

    @Test
    void anythingAfterTheDocumentIsRefused() {
        refused(MismatchedInputException.class, "{\"title\":\"a\"} {}");
        refused(JsonProcessingException.class, "{\"title\":\"a\"} x");
    }

    @Test
    void aListIsRefusedAtItsFirstItemBeyondItsSize() {
        // what follows the fourth item is not JSON: only a reader that stopped there answers with the size
        for (String list : List.of("\"notes\":[\"a\",\"b\",\"c\",\"d\",", "\"entries\":[{},{},{},{\"name\":", "\"ids\":[\""
                + UUID.randomUUID() + "\",\"" + UUID.randomUUID() + "\",\"" + UUID.randomUUID() + "\",\"" + UUID.randomUUID() + "\",")) {
            InvalidValue refused = refused(InvalidValue.class, "{" + list + "!!!");
            assertEquals("must hold at most 3 items", refused.reason(), list);
            assertEquals(1, refused.getPath().size(), list);
        }
    }

    @Test
    void aDocumentNestedTooDeeplyIsRefusedBeforeItIsRead() {
        JsonProcessingException refused = assertThrows(JsonProcessingException.class,
                () -> JSON.readTree("[".repeat(StrictJson.MAX_NESTING_DEPTH + 1) + "]".repeat(StrictJson.MAX_NESTING_DEPTH + 1)));
        assertInstanceOf(StreamConstraintsException.class, refused);
    }

    @Test
    void aProblemListsAHundredViolationsAndCountsTheRest() {
        List<Problem.Violation> violations = java.util.stream.IntStream.range(0, 5000)
                .mapToObj(i -> new Problem.Violation("marks[" + i + "].mark", "must not be null")).toList();
        Problem problem = ProblemMappers.validationProblem("/api/v1/sessions", violations);
        assertEquals(ProblemMappers.LISTED_VIOLATIONS, problem.violations().size());
        assertEquals(4900, problem.extensionMembers().get("unlistedViolations"));
        assertTrue(problem.detail().endsWith("marks[99].mark: must not be null; and 4900 more"), problem.detail());
    }
}
