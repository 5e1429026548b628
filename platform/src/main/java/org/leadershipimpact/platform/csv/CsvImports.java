package org.leadershipimpact.platform.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.problem.ProblemMappers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a bulk operation on a CSV body exactly as on JSON: the rows become the operation's own request
 * record, which is validated as {@code @Valid} validates the JSON one and handed to the same code, so
 * the rules, the all-or-nothing transaction and the answer are the same. Only the refusals differ:
 * each violation also names its row and column, and every bad cell of the file is listed together.
 */
@ApplicationScoped
public class CsvImports {

    @Inject
    Validator validator;

    public <B, T> T run(CsvSheet<?, B> sheet, byte[] body, Function<B, T> operation) {
        CsvFile<B> file = sheet.read(body);
        List<Problem.Violation> problems = new ArrayList<>(file.problems());
        for (ConstraintViolation<B> violation : validator.validate(file.request())) {
            Problem.Violation named = file.locate(new Problem.Violation(ProblemMappers.fieldOf(violation.getPropertyPath()), violation.getMessage()));
            if (!file.reported(named)) {
                problems.add(named);
            }
        }
        if (!problems.isEmpty()) {
            throw CsvSheet.refused(problems);
        }
        try {
            return operation.apply(file.request());
        } catch (ProblemException refused) {
            throw file.located(refused);
        }
    }
}
