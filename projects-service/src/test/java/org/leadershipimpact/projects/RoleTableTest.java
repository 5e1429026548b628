package org.leadershipimpact.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.RoleTable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/SECURITY.md's table for projects-service: held to the code, and walked role by role. */
@QuarkusTest
class RoleTableTest {

    @Test
    void theTableListsEveryOperationWithTheRolesTheCodeAllows() {
        assertEquals(RoleTable.inCode("org.leadershipimpact.projects.rest"), RoleTable.documented("projects"));
    }

    @Test
    void everyIdempotentOperationAnswersAResponseAsItsReplayDoes() {
        assertEquals(List.of(), RoleTable.idempotentNotAnsweringResponse("org.leadershipimpact.projects.rest"));
    }

    @Test
    void eachRoleIsRefusedExactlyWhereTheTableSays() {
        assertEquals(List.of(), RoleTable.walk("projects", "SURREY"));
    }
}
