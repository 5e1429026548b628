package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.admin;

/** A filter the API cannot read is the client's mistake (400, naming the parameter), not a missing resource. */
@QuarkusTest
class QueryParameterTest {

    @Test
    void anUnknownStatusFilterIsAProblemListingTheStatuses() {
        admin().get("/api/v1/programmes?status=FINISHED").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("status"))
                .body("violations[0].message", containsString("RUNNING"));
    }

    @Test
    void aMalformedIdFilterIsAProblem() {
        admin().get("/api/v1/cohorts?programme=not-an-id").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("programme"));
    }

    @Test
    void aMalformedDateFilterIsAProblem() {
        admin().get("/api/v1/sessions?from=31/01/2026").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("from"));
    }

    @Test
    void aLimitThatIsNotANumberIsAProblem() {
        admin().get("/api/v1/programmes?limit=lots").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("limit"));
    }
}
