package org.leadershipimpact.projects.rest;

import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.projects.api.Api.DataPointEntry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Data points as the spreadsheets improvement teams keep them: {@code date,value} per line, an optional
 * header line, ISO dates. Every bad line is reported by its number; then nothing is recorded.
 */
final class DataPointCsv {

    private DataPointCsv() {
    }

    static List<DataPointEntry> parse(String csv) {
        List<DataPointEntry> points = new ArrayList<>();
        List<Problem.Violation> problems = new ArrayList<>();
        String[] lines = csv == null ? new String[0] : csv.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || (i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("date"))) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                problems.add(new Problem.Violation("line " + number, "must be date,value"));
                continue;
            }
            try {
                LocalDate date = LocalDate.parse(cells[0].strip().replace("\"", ""));
                double value = Double.parseDouble(cells[1].strip().replace("\"", ""));
                points.add(new DataPointEntry(date, value));
            } catch (DateTimeParseException e) {
                problems.add(new Problem.Violation("line " + number + ".date", "must be a date like 2026-01-31"));
            } catch (NumberFormatException e) {
                problems.add(new Problem.Violation("line " + number + ".value", "must be a number"));
            }
        }
        if (!problems.isEmpty()) {
            ProblemException invalid = new ProblemException(400, "validation", "Invalid request", problems.size() + " lines are invalid");
            invalid.violations().addAll(problems);
            throw invalid;
        }
        if (points.isEmpty()) {
            throw ProblemException.invalid("body", "has no data points");
        }
        return points;
    }
}
