package org.leadershipimpact.platform.csv;

import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV body read into the JSON operation's request, with what is needed to name any of its fields by
 * row and column: where each item's row is, where each column is, and the cells already refused.
 */
record CsvFile<B>(String list, B request, List<Integer> rows, Map<String, Integer> columns, List<Problem.Violation> problems) {

    private static final Pattern ITEM_FIELD = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?(?:[.\\[].*)?");
    private static final Comparator<Problem.Violation> IN_FILE_ORDER = Comparator
            .comparing(Problem.Violation::row, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Problem.Violation::column, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The violation with its row and column, when it names a field of an item ({@code participants[3].email}). */
    Problem.Violation locate(Problem.Violation violation) {
        Matcher field = ITEM_FIELD.matcher(violation.field());
        if (!field.matches() || !field.group(1).equals(list) || Integer.parseInt(field.group(2)) >= rows.size()) {
            return violation;
        }
        Integer column = field.group(3) == null || !columns.containsKey(field.group(3)) ? null : columns.get(field.group(3)) + 1;
        return new Problem.Violation(violation.field(), violation.message(), rows.get(Integer.parseInt(field.group(2))), column);
    }

    /** Whether a cell of this field, or its whole row, was refused already as it was read. */
    boolean reported(Problem.Violation violation) {
        return problems.stream().anyMatch(known -> violation.field().equals(known.field())
                || violation.field().startsWith(known.field() + ".") && known.column() == null);
    }

    /** The same refusal, its violations named by row and column and in the file's order. */
    ProblemException located(ProblemException refused) {
        if (refused.violations().isEmpty()) {
            return refused;
        }
        return located(refused, refused.violations().stream().map(this::locate).toList());
    }

    static ProblemException located(ProblemException refused, List<Problem.Violation> violations) {
        List<Problem.Violation> inOrder = violations.stream().sorted(IN_FILE_ORDER).toList();
        ProblemException located = new ProblemException(refused.status(), refused.slug(), refused.title(), detail(inOrder));
        located.violations().addAll(inOrder);
        located.extensions().putAll(refused.extensions());
        return located;
    }

    /** For people: the first problem with its place, and how many there are. */
    private static String detail(List<Problem.Violation> violations) {
        Problem.Violation first = violations.get(0);
        String place = first.row() == null ? "" : "row " + first.row() + (first.column() == null ? "" : ", column " + first.column()) + ", ";
        String described = place + first.field() + ": " + first.message();
        return violations.size() == 1 ? described : violations.size() + " problems in the file; the first: " + described;
    }
}
