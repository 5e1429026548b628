package org.leadershipimpact.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leadershipimpact.evaluation.facts.OrganisationFact;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.evaluation.service.ReadModel;
import org.leadershipimpact.platform.events.CloudEvent;
import org.leadershipimpact.platform.events.EventData;
import org.leadershipimpact.platform.events.EventHandler;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Keeps the read models in step with what programmes-service announces on {@code programmes.events}. */
@ApplicationScoped
public class ProgrammeEvents implements EventHandler {

    public static final String TOPIC = "programmes.events";

    @Inject
    ReadModel readModel;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void apply(CloudEvent event) {
        EventData d = EventData.of(event);
        switch (event.name()) {
            case "ProgrammeCreated", "ProgrammeUpdated" -> readModel.programme(d.uuid("programmeId"), d.systemCode(), d.time(), true,
                    p -> programmeFacts(p, d.at("programme")));
            case "ProgrammeStatusChanged" -> readModel.programme(d.uuid("programmeId"), d.systemCode(), d.time(), false,
                    p -> p.status = d.text("to"));
            case "CohortCreated", "CohortUpdated" -> readModel.cohort(d.uuid("cohortId"), d.uuid("programmeId"), d.systemCode(),
                    d.time(), c -> {
                        c.name = d.text("name");
                        c.startDate = d.date("startDate");
                        c.endDate = d.date("endDate");
                    });
            case "SessionScheduled", "SessionUpdated" -> readModel.session(d.uuid("sessionId"), d.uuid("cohortId"),
                    d.uuid("programmeId"), d.systemCode(), d.time(), s -> {
                        s.title = d.text("title");
                        s.kind = d.text("kind");
                        s.heldOn = d.date("date");
                    });
            case "SessionWithdrawn" -> readModel.session(d.uuid("sessionId"), d.uuid("cohortId"), d.uuid("programmeId"),
                    d.systemCode(), d.time(), s -> s.withdrawn = true);
            case "OrganisationRegistered", "OrganisationUpdated" -> organisation(d, o -> {
                o.name = d.text("name");
                o.type = d.text("type");
                o.odsCode = d.text("odsCode");
            });
            case "OrganisationWithdrawn" -> organisation(d, o -> o.withdrawn = true);
            case "ParticipantRegistered", "ParticipantUpdated" -> readModel.participant(d.uuid("participantId"), d.systemCode(),
                    d.time(), p -> {
                        p.profession = d.text("profession");
                        p.sector = d.text("sector");
                        p.organisationId = d.uuid("organisationId");
                    });
            case "EnrolmentCreated" -> enrolment(d, d.text("status"), d.text("pathway"));
            case "EnrolmentStatusChanged" -> enrolment(d, d.text("to"), null);
            case "EnrolmentCompleted" -> readModel.enrolment(d.uuid("enrolmentId"), d.uuid("participantId"), d.uuid("cohortId"),
                    d.uuid("programmeId"), d.systemCode(), d.time(), e -> {
                        e.status = "COMPLETED";
                        e.pathway = d.text("pathway");
                        e.completedAt = d.time();
                        Double rate = d.number("attendanceRatePercent");
                        e.attendanceRatePercent = rate == null ? null : BigDecimal.valueOf(rate);
                        EventData credits = d.at("creditsAwarded");
                        Long value = credits.whole("value");
                        e.credits = value == null ? null : value.intValue();
                        Long level = credits.whole("level");
                        e.creditLevel = level == null ? null : level.intValue();
                        e.creditScheme = credits.text("scheme");
                    });
            case "AttendanceRecorded" -> readModel.attendance(d.uuid("enrolmentId"), d.uuid("sessionId"), d.uuid("cohortId"),
                    d.uuid("programmeId"), d.systemCode(), d.time(), d.text("mark"));
            default -> {
                // SystemRegistered and events added later carry nothing the read models count
            }
        }
    }

    private static void programmeFacts(ProgrammeFact p, EventData facts) {
        p.title = facts.text("title");
        p.kind = facts.text("kind");
        p.status = facts.text("status");
        p.startDate = facts.date("startDate");
        p.endDate = facts.date("endDate");
        p.fundingPence = facts.whole("fundingPence");
        p.fundingSource = facts.text("fundingSource");
        p.accredited = facts.flag("accredited");
    }

    /** A status change carries no pathway: the one the enrolment was created with stands. */
    private void enrolment(EventData d, String status, String pathway) {
        readModel.enrolment(d.uuid("enrolmentId"), d.uuid("participantId"), d.uuid("cohortId"), d.uuid("programmeId"),
                d.systemCode(), d.time(), e -> {
                    e.status = status;
                    if (pathway != null) {
                        e.pathway = pathway;
                    }
                });
    }

    private void organisation(EventData d, Consumer<OrganisationFact> set) {
        UUID id = d.uuid("organisationId");
        readModel.keepLatest(OrganisationFact.findById(id), d.time(), () -> OrganisationFact.first(id),
                set.andThen(o -> o.systemCode = d.systemCode()));
    }
}
