package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.RoleTable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/SECURITY.md's table for programmes-service: held to the code, and walked role by role. */
@QuarkusTest
class RoleTableTest {

    @Test
    void theTableListsEveryOperationWithTheRolesTheCodeAllows() {
        assertEquals(RoleTable.inCode("org.leadershipimpact.programmes.rest"), RoleTable.documented("programmes"));
    }

    @Test
    void everyIdempotentOperationAnswersAResponseAsItsReplayDoes() {
        assertEquals(List.of(), RoleTable.idempotentNotAnsweringResponse("org.leadershipimpact.programmes.rest"));
    }

    @Test
    void eachRoleIsRefusedExactlyWhereTheTableSays() {
        assertEquals(List.of(), RoleTable.walk("programmes", "SURREY"));
    }
}
