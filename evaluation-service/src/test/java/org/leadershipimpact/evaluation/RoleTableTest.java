package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.RoleTable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/SECURITY.md's table for evaluation-service: held to the code, and walked role by role. */
@QuarkusTest
class RoleTableTest {

    @Test
    void theTableListsEveryOperationWithTheRolesTheCodeAllows() {
        assertEquals(RoleTable.inCode("org.leadershipimpact.evaluation.rest"), RoleTable.documented("evaluation"));
    }

    @Test
    void everyIdempotentOperationAnswersAResponseAsItsReplayDoes() {
        assertEquals(List.of(), RoleTable.idempotentNotAnsweringResponse("org.leadershipimpact.evaluation.rest"));
    }

    @Test
    void eachRoleIsRefusedExactlyWhereTheTableSays() {
        assertEquals(List.of(), RoleTable.walk("evaluation", "SURREY"));
    }
}
