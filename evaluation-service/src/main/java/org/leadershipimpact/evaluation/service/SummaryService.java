package org.leadershipimpact.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.evaluation.SystemSummary;
import org.leadershipimpact.platform.security.Caller;

/** Reads the pre-aggregated summaries, within the systems the caller acts for. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryService {

    @Inject
    Caller caller;

    /** A system nothing has happened in yet has a summary of zeros. */
    public SystemSummary forSystem(String systemCode) {
        caller.requireActsFor(systemCode, "System", systemCode);
        SystemSummary summary = SystemSummary.findById(systemCode);
        if (summary != null) {
            return summary;
        }
        SystemSummary empty = new SystemSummary();
        empty.systemCode = systemCode;
        return empty;
    }
}
