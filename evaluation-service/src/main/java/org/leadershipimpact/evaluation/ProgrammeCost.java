package org.leadershipimpact.evaluation;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;

import java.util.List;
import java.util.UUID;

/** A cost of a programme on top of its funding; ROI counts the funding and every one of these not withdrawn. */
@Entity
@Table(name = "programme_cost")
public class ProgrammeCost extends WithdrawableRecord {

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CostCategory category;

    @Column(nullable = false)
    public String description;

    @Column(name = "amount_pence", nullable = false)
    public long amountPence;

    public static ProgrammeCost of(String systemCode, UUID programmeId) {
        ProgrammeCost cost = new ProgrammeCost();
        cost.identify(systemCode);
        cost.programmeId = programmeId;
        return cost;
    }

    /** The programme's costs, withdrawn ones left out. */
    public static List<ProgrammeCost> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 and " + CURRENT, Sort.by("id"), programmeId);
    }

    /** The cost {@code id} of the programme, withdrawn or not; null when the programme has no such cost. */
    public static ProgrammeCost findIn(UUID programmeId, UUID id) {
        return find("id = ?1 and programmeId = ?2", id, programmeId).firstResult();
    }
}
