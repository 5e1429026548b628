package org.leadershipimpact.platform.paging;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.platform.Ids;
import org.leadershipimpact.platform.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRequestTest {

    @Test
    void aCursorGivenOutReadsBackAsTheSameId() {
        UUID id = Ids.newId();
        PageRequest page = PageRequest.of(PageRequest.encode(id), 10);
        assertEquals(id, page.after().orElseThrow());
        assertEquals(11, page.fetchSize());
    }

    @Test
    void withoutParametersThePageStartsAtTheBeginningWithTheDefaultSize() {
        PageRequest page = PageRequest.of(null, null);
        assertTrue(page.after().isEmpty());
        assertEquals(PageRequest.DEFAULT_LIMIT, page.limit());
    }

    @Test
    void limitsOutsideTheRangeAreRefused() {
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of(null, 0)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of(null, PageRequest.MAX_LIMIT + 1)).status());
    }

    @Test
    void aCursorThatWasNotGivenOutIsRefused() {
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of("AAAA", 10)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of("***", 10)).status());
    }

    @Test
    void theKeysetIsLimitedToTheCallersSystemsAndFollowsTheCursor() {
        UUID after = Ids.newId();
        PageRequest.Keyset keyset = PageRequest.of(PageRequest.encode(after), 5).keysetWithin(List.of("SURREY"));
        assertEquals("systemCode in :systems and id > :after", keyset.where());
        Map<String, Object> parameters = keyset.parameters().map();
        assertEquals(List.of("SURREY"), parameters.get("systems"));
        assertEquals(after, parameters.get("after"));
    }

    @Test
    void theNationalViewHasNoSystemRestriction() {
        PageRequest.Keyset keyset = PageRequest.of(null, 5).keysetWithin(null);
        assertEquals("1 = 1", keyset.where());
        assertTrue(keyset.parameters().map().isEmpty());
    }
}
