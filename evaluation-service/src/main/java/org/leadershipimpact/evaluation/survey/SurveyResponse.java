package org.leadershipimpact.evaluation.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Someone's answers to an instrument: linked to an enrolment (analysts see only its pseudonym) or
 * anonymous. Named so as not to be taken for an HTTP response beside JAX-RS {@code Response}; its table
 * is still {@code response}.
 */
@Entity
@Table(name = "response")
public class SurveyResponse extends WithdrawableRecord {

    @Column(name = "instrument_id", nullable = false)
    public UUID instrumentId;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    /**
     * The enrolment, when the instrument takes one response per person: a unique index refuses a
     * second while the first is not withdrawn.
     */
    @Column(name = "once_key")
    public UUID onceKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "answer", joinColumns = @JoinColumn(name = "response_id"))
    public List<Answer> answers = new ArrayList<>();

    public static SurveyResponse to(Instrument instrument) {
        SurveyResponse response = new SurveyResponse();
        response.identify(instrument.systemCode);
        response.instrumentId = instrument.id;
        response.programmeId = instrument.programmeId;
        response.cohortId = instrument.cohortId;
        return response;
    }

    public static boolean exists(UUID instrumentId, UUID enrolmentId) {
        return count("instrumentId = ?1 and onceKey = ?2 and " + CURRENT, instrumentId, enrolmentId) > 0;
    }

    /** The instrument's responses, withdrawn ones left out. */
    public static List<SurveyResponse> ofInstrument(UUID instrumentId) {
        return list("instrumentId = ?1 and " + CURRENT, instrumentId);
    }

    /** The response {@code id} to the instrument, withdrawn or not; null when the instrument has no such response. */
    public static SurveyResponse findIn(UUID instrumentId, UUID id) {
        return find("id = ?1 and instrumentId = ?2", id, instrumentId).firstResult();
    }
}
