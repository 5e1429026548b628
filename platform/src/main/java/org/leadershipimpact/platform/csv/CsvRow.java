package org.leadershipimpact.platform.csv;

import org.leadershipimpact.platform.problem.AcceptedDates;
import org.leadershipimpact.platform.problem.InvalidValue;
import org.leadershipimpact.platform.problem.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The cells of one spreadsheet row, read by column name as the JSON field of the same name would be:
 * a blank cell is an absent field (so Bean Validation names a required one), and a cell that is not
 * its field's type is noted against its row and column and read as absent.
 */
public final class CsvRow {

    /** As Jackson reads a UUID: 36 characters in the canonical groups, nothing shorter that UUID.fromString would take. */
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The longest number a JSON body may carry (README, "Conventions"). */
    private static final int MAX_NUMBER_LENGTH = 50;

    private final String item;
    private final int row;
    private final Map<String, Integer> columns;
    private final String[] cells;
    private final List<Problem.Violation> problems;

    CsvRow(String item, int row, Map<String, Integer> columns, String[] cells, List<Problem.Violation> problems) {
        this.item = item;
        this.row = row;
        this.columns = columns;
        this.cells = cells;
        this.problems = problems;
    }

    public String text(String column) {
        String cell = cell(column);
        if (cell != null && cell.indexOf('\0') >= 0) {
            return refused(column, InvalidValue.NUL);
        }
        return cell;
    }

    public UUID id(String column) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        return UUID_TEXT.matcher(cell).matches() ? UUID.fromString(cell) : refused(column, "must be an id like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    }

    public <E extends Enum<E>> E choice(String column, Class<E> type) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(cell)) {
                return constant;
            }
        }
        return refused(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    public LocalDate date(String column) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(cell);
            return AcceptedDates.accept(date) ? date : refused(column, AcceptedDates.EXPECTATION);
        } catch (DateTimeParseException e) {
            return refused(column, AcceptedDates.EXPECTATION);
        }
    }

    /** A decimal number as JSON writes one: no NaN, infinity or hexadecimal, which Double.parseDouble would take. */
    public Double number(String column) {
        String cell = cell(column);
        if (cell == null) {
            return null;
        }
        try {
            if (cell.length() > MAX_NUMBER_LENGTH) {
                return refused(column, "must be a number of at most " + MAX_NUMBER_LENGTH + " characters");
            }
            double value = new BigDecimal(cell).doubleValue();
            return Double.isFinite(value) ? value : refused(column, "must be a number no larger than " + Double.MAX_VALUE);
        } catch (NumberFormatException e) {
            return refused(column, "must be a number like 41.5");
        }
    }

    /** The cell without the spaces around it, or null when blank. */
    private String cell(String column) {
        Integer at = columns.get(column);
        if (at == null || at >= cells.length) {
            return null;
        }
        String cell = cells[at].strip();
        return cell.isEmpty() ? null : cell;
    }

    private <T> T refused(String column, String message) {
        problems.add(new Problem.Violation(item + "." + column, message, row, columns.get(column) + 1));
        return null;
    }
}
