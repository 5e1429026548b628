package org.leadershipimpact.platform.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A broken business rule with the answer the client gets: a status, a problem type, a sentence for
 * people and, where useful, facts for programs. Services throw it; {@link ProblemMappers} renders it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final List<Problem.Violation> violations = new ArrayList<>();

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    /**
     * A request that is well-formed but names things that cannot be used (an organisation of another
     * system, an enrolment of another cohort...): 422 with the offending fields.
     */
    public static ProblemException unprocessable(List<Problem.Violation> violations) {
        ProblemException problem = new ProblemException(422, "unprocessable", "Request cannot be carried out",
                Problem.detailOf(violations));
        problem.violations.addAll(violations);
        return problem;
    }

    public static ProblemException unprocessable(String field, String message) {
        return unprocessable(List.of(new Problem.Violation(field, message)));
    }

    /** A field that is malformed in a way Bean Validation cannot see (e.g. an end before its start): 400. */
    public static ProblemException invalid(String field, String message) {
        ProblemException problem = new ProblemException(400, "validation", "Invalid request", field + ": " + message);
        problem.violations.add(new Problem.Violation(field, message));
        return problem;
    }

    /** Several malformed fields at once, each named: 400. */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        ProblemException problem = new ProblemException(400, "validation", "Invalid request",
                violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                        : violations.size() + " fields are invalid");
        problem.violations.addAll(violations);
        return problem;
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail);
    }

    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
