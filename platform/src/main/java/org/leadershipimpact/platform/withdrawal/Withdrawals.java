package org.leadershipimpact.platform.withdrawal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.platform.Ids;
import org.leadershipimpact.platform.Timestamps;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Withdrawing records, the one way every service does it: the record is marked, the audit row is
 * written, in the caller's transaction (with whatever event the service publishes about it).
 */
@ApplicationScoped
public class Withdrawals {

    @Inject
    Caller caller;

    @Schema(name = "WithdrawalRequest", description = "Why a record is taken back")
    public record Request(@NotBlank @Size(max = 2000) @Schema(required = true, example = "Entered as £40,000,000; the system reported £4,000,000")
            String reason) {
    }

    @Schema(name = "Withdrawal", description = "Who withdrew a record, when and why")
    public record View(String recordType, UUID recordId, @Schema(description = "What of the record, when not all of it (a data point's period)")
            String part, String systemCode, String reason, String withdrawnBy, Instant withdrawnAt) {
        public static View of(Withdrawal w) {
            return new View(w.recordType, w.recordId, w.part, w.systemCode, w.reason, w.withdrawnBy, w.withdrawnAt);
        }
    }

    /**
     * Withdraws {@code record} (named {@code what} in answers); withdrawing it again changes nothing and
     * answers the first withdrawal. {@code dependants} are what still refers to it: while there are any,
     * the withdrawal is refused with 409 naming them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Withdrawal withdraw(String what, WithdrawableRecord record, Request request, String ifMatch, List<String> dependants) {
        return withdraw(what, record, request, ifMatch, dependants, () -> { });
    }

    /** As above, running {@code announce} (to publish the service's event) when, and only when, the record is newly withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Withdrawal withdraw(String what, WithdrawableRecord record, Request request, String ifMatch, List<String> dependants,
            Runnable announce) {
        if (record.isWithdrawn()) {
            return Withdrawal.of(what, record.id);
        }
        ETags.requireMatch(ifMatch, record.version);
        if (!dependants.isEmpty()) {
            throw ProblemException.conflict("has-dependants", what + " still in use",
                    what + " " + record.id + " cannot be withdrawn while " + String.join(", ", dependants)
                            + " refer to it; withdraw or change those first")
                    .with("dependants", dependants);
        }
        Withdrawal withdrawal = audit(what, record.id, null, record.systemCode, request);
        record.withdraw(withdrawal.withdrawnAt);
        announce.run();
        return withdrawal;
    }

    /**
     * Writes the audit of withdrawing {@code part} of record {@code recordId} (all of it when null), for
     * what marks itself: a data point has no id of its own, so it is its measure's, with its period.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Withdrawal audit(String what, UUID recordId, String part, String systemCode, Request request) {
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.id = Ids.newId();
        withdrawal.recordType = what;
        withdrawal.recordId = recordId;
        withdrawal.part = part;
        withdrawal.systemCode = systemCode;
        withdrawal.reason = request.reason().strip();
        withdrawal.withdrawnBy = caller.subject() == null ? "unknown" : caller.subject();
        withdrawal.withdrawnAt = Timestamps.now();
        withdrawal.persist();
        return withdrawal;
    }

    /** The audit of a withdrawn record; 404 when the record was never withdrawn. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal of(String what, WithdrawableRecord record) {
        Withdrawal withdrawal = record.isWithdrawn() ? Withdrawal.of(what, record.id) : null;
        if (withdrawal == null) {
            throw new ProblemException(404, "not-found", "Not found", what + " " + record.id + " has not been withdrawn");
        }
        return withdrawal;
    }
}
