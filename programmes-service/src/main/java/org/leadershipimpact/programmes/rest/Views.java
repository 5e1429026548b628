package org.leadershipimpact.programmes.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.programmes.ActionLearningSet;
import org.leadershipimpact.programmes.Attendance;
import org.leadershipimpact.programmes.AttendanceMark;
import org.leadershipimpact.programmes.AttendanceRate;
import org.leadershipimpact.programmes.Cohort;
import org.leadershipimpact.programmes.Credits;
import org.leadershipimpact.programmes.Enrolment;
import org.leadershipimpact.programmes.EnrolmentStatus;
import org.leadershipimpact.programmes.HealthSystem;
import org.leadershipimpact.programmes.Organisation;
import org.leadershipimpact.programmes.OrganisationType;
import org.leadershipimpact.programmes.Participant;
import org.leadershipimpact.programmes.Pathway;
import org.leadershipimpact.programmes.Profession;
import org.leadershipimpact.programmes.Programme;
import org.leadershipimpact.programmes.ProgrammeKind;
import org.leadershipimpact.programmes.ProgrammeStatus;
import org.leadershipimpact.programmes.Sector;
import org.leadershipimpact.programmes.Session;
import org.leadershipimpact.programmes.SessionKind;
import org.leadershipimpact.programmes.SystemKind;
import org.leadershipimpact.programmes.api.Api;
import org.leadershipimpact.programmes.service.AttendanceService;
import org.leadershipimpact.programmes.service.EnrolmentService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What clients read: one record per resource, mapped from the entities. */
public final class Views {

    private Views() {
    }

    @Schema(name = "System")
    public record SystemView(String code, String name, SystemKind kind, String region, Instant createdAt) {
        static SystemView of(HealthSystem s) {
            return new SystemView(s.code, s.name, s.kind, s.region, s.createdAt);
        }
    }

    @Schema(name = "Organisation")
    public record OrganisationView(UUID id, String systemCode, String name, String odsCode, OrganisationType type, Instant createdAt) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.systemCode, o.name, o.odsCode, o.type, o.createdAt);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Programme")
    public record ProgrammeView(UUID id, String systemCode, String title, ProgrammeKind kind, String aims, ProgrammeStatus status,
            UUID commissionerId, Set<UUID> deliveryPartnerIds, LocalDate startDate, LocalDate endDate, Api.Funding funding,
            Integer capacity, Set<Profession> targetProfessions, int completionThresholdPercent, Api.Accreditation accreditation,
            @Schema(description = "Status changes allowed from the current status") Set<ProgrammeStatus> allowedTransitions,
            Instant createdAt, Instant updatedAt) {
        static ProgrammeView of(Programme p) {
            Api.Funding funding = p.funding == null ? null : new Api.Funding(p.funding.pence(), p.funding.currency(), p.funding.source());
            Api.Accreditation accreditation = !p.isAccredited() ? null : new Api.Accreditation(p.accreditation.award(),
                    p.accreditation.credits(), p.accreditation.minimumAttendancePercent(), p.accreditation.projectRequired());
            return new ProgrammeView(p.id, p.systemCode, p.title, p.kind, p.aims, p.status, p.commissionerId, p.deliveryPartnerIds,
                    p.startDate, p.endDate, funding, p.capacity, p.targetProfessions, p.completionThresholdPercent, accreditation,
                    ProgrammeStatus.LIFECYCLE.allowedFrom(p.status), p.createdAt, p.updatedAt);
        }
    }

    @Schema(name = "Cohort")
    public record CohortView(UUID id, String systemCode, UUID programmeId, String name, int capacity, LocalDate startDate,
            LocalDate endDate, Instant createdAt) {
        static CohortView of(Cohort c) {
            return new CohortView(c.id, c.systemCode, c.programmeId, c.name, c.capacity, c.startDate, c.endDate, c.createdAt);
        }
    }

    @Schema(name = "Session")
    public record SessionView(UUID id, String systemCode, UUID cohortId, UUID programmeId, String title, SessionKind kind,
            LocalDate date, String location, Instant createdAt) {
        static SessionView of(Session s) {
            return new SessionView(s.id, s.systemCode, s.cohortId, s.programmeId, s.title, s.kind, s.date, s.location, s.createdAt);
        }
    }

    @Schema(name = "Participant")
    public record ParticipantView(UUID id, String systemCode,
            @Schema(description = "Once erased, \"erased on\" and the date") String givenName,
            @Schema(description = "Once erased, \"erased on\" and the date") String familyName,
            @Schema(description = "Null once erased") String email,
            Profession profession, Sector sector, UUID organisationId, String jobTitle, Instant createdAt,
            @Schema(description = "When the person's names, e-mail and job title were erased at their request; null while they are held",
                    example = "2026-11-30") LocalDate erasedOn) {
        static ParticipantView of(Participant p) {
            return new ParticipantView(p.id, p.systemCode, p.givenName, p.familyName, p.email, p.profession, p.sector,
                    p.organisationId, p.jobTitle, p.createdAt, p.erasedOn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Enrolment")
    public record EnrolmentView(UUID id, String systemCode, UUID participantId, UUID cohortId, UUID programmeId,
            Pathway pathway, EnrolmentStatus status, Credits creditsAwarded, Instant completedAt,
            @Schema(description = "Status changes allowed from the current status") Set<EnrolmentStatus> allowedTransitions,
            Instant createdAt, Instant updatedAt) {
        static EnrolmentView of(Enrolment e) {
            Credits credits = e.creditsValue == null ? null : new Credits(e.creditsValue, e.creditsLevel, e.creditsScheme);
            return new EnrolmentView(e.id, e.systemCode, e.participantId, e.cohortId, e.programmeId, e.pathway, e.status,
                    credits, e.completedAt, EnrolmentStatus.LIFECYCLE.allowedFrom(e.status), e.createdAt, e.updatedAt);
        }
    }

    @Schema(name = "EnrolmentBatchResult")
    public record EnrolmentsView(List<EnrolmentView> enrolments) {
    }

    @Schema(name = "ParticipantBatchResult")
    public record ParticipantsView(List<ParticipantView> participants) {
    }

    @Schema(name = "AttendanceRate", description = "Sessions attended out of sessions held so far")
    public record AttendanceRateView(
            @Schema(example = "8") int sessionsHeld, @Schema(example = "7") int present, int absent, int apologies,
            @Schema(description = "Held sessions with no mark recorded; they count as not attended") int unrecorded,
            @Schema(example = "87.5") double ratePercent,
            @Schema(description = "The programme's completion threshold", example = "75") Integer thresholdPercent) {
        static AttendanceRateView of(AttendanceRate rate, Integer threshold) {
            return new AttendanceRateView(rate.sessionsHeld(), rate.present(), rate.absent(), rate.apologies(), rate.unrecorded(),
                    rate.percent(), threshold);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CompletionResult")
    public record CompletionView(EnrolmentView enrolment, AttendanceRateView attendance,
            @Schema(description = "Why no credits were awarded on the accredited pathway, if they were not") String creditsWithheldBecause) {
        static CompletionView of(EnrolmentService.Completed completed) {
            return new CompletionView(EnrolmentView.of(completed.enrolment()),
                    AttendanceRateView.of(completed.rate(), completed.thresholdPercent()), completed.creditsWithheldBecause());
        }
    }

    @Schema(name = "AttendanceRecord")
    public record AttendanceView(UUID enrolmentId, UUID sessionId, AttendanceMark mark, Instant recordedAt) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.enrolmentId, a.sessionId, a.mark, a.recordedAt);
        }
    }

    @Schema(name = "SessionRegister")
    public record RegisterView(UUID sessionId, List<AttendanceView> marks) {
    }

    @Schema(name = "AttendanceMatrix", description = "A cohort's sessions, and each enrolment's marks by session id with its rate")
    public record MatrixView(UUID cohortId, List<SessionView> sessions, List<MatrixRowView> enrolments) {
        static MatrixView of(AttendanceService.Matrix matrix) {
            return new MatrixView(matrix.cohort().id, matrix.sessions().stream().map(SessionView::of).toList(),
                    matrix.rows().stream().map(row -> new MatrixRowView(row.enrolment().id, row.enrolment().participantId,
                            row.enrolment().status, row.marks(), AttendanceRateView.of(row.rate(), null))).toList());
        }
    }

    @Schema(name = "AttendanceMatrixRow")
    public record MatrixRowView(UUID enrolmentId, UUID participantId, EnrolmentStatus status, Map<UUID, AttendanceMark> marks,
            AttendanceRateView attendance) {
    }

    @Schema(name = "ActionLearningSet")
    public record ActionLearningSetView(UUID id, String systemCode, UUID cohortId, String name, String facilitator,
            Set<UUID> memberEnrolmentIds, Instant createdAt) {
        static ActionLearningSetView of(ActionLearningSet s) {
            return new ActionLearningSetView(s.id, s.systemCode, s.cohortId, s.name, s.facilitator, s.memberEnrolmentIds, s.createdAt);
        }
    }
}
