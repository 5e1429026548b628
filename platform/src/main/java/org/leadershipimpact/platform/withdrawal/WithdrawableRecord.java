package org.leadershipimpact.platform.withdrawal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.problem.ProblemException;

import java.time.Instant;

/**
 * A record a user can take back: withdrawn, it keeps its row and id (history and references stay
 * whole) but leaves every list, figure, report and export, and reading it by id answers 410.
 */
@MappedSuperclass
public abstract class WithdrawableRecord extends SystemRecord {

    /** The JPQL condition that keeps withdrawn records out of a query. */
    public static final String CURRENT = "withdrawnAt is null";

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    void withdraw(Instant at) {
        withdrawnAt = at;
    }

    /** The answer to reading a withdrawn record by id: 410, with when and why it was withdrawn. */
    public ProblemException gone(String what) {
        Withdrawal withdrawal = Withdrawal.of(what, id);
        String reason = withdrawal == null ? null : withdrawal.reason;
        return new ProblemException(410, "withdrawn", "Withdrawn", what + " " + id + " was withdrawn"
                + (reason == null ? "" : ": " + reason))
                .with("withdrawnAt", withdrawnAt.toString())
                .with("reason", reason);
    }
}
