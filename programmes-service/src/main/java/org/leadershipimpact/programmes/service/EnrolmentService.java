package org.leadershipimpact.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.Attendance;
import org.leadershipimpact.programmes.AttendanceMark;
import org.leadershipimpact.programmes.AttendanceRate;
import org.leadershipimpact.programmes.Credits;
import org.leadershipimpact.programmes.Enrolment;
import org.leadershipimpact.programmes.EnrolmentStatus;
import org.leadershipimpact.programmes.Pathway;
import org.leadershipimpact.programmes.Programme;
import org.leadershipimpact.programmes.Session;
import org.leadershipimpact.programmes.events.ProgrammeEvents.EnrolmentCompleted;
import org.leadershipimpact.programmes.events.ProgrammeEvents.EnrolmentCreated;
import org.leadershipimpact.programmes.events.ProgrammeEvents.EnrolmentStatusChanged;
import org.leadershipimpact.programmes.api.Api.EnrolmentRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Enrolments: places in cohorts, their lifecycle, and completion with its attendance and credit rules. */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    /** Sessions are held on English dates: "held by today" means today in England. */

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** The outcome of a completion: the enrolment, the rate it was judged on, and why credits were withheld, if they were. */
    public record Completed(Enrolment enrolment, AttendanceRate rate, int thresholdPercent, String creditsWithheldBecause) {
    }

    public Enrolment enrol(EnrolmentRequest request) {
        return enrolAll(List.of(request), "").get(0);
    }

    /**
     * Enrols every row or none. Rows are taken in order, so a cohort filling up part-way is reported
     * at the first row that no longer fits; every row's problem is reported with its index. The whole
     * batch is checked with one query per check, and the rows and their events are written in batches.
     */
    public List<Enrolment> enrolAll(List<EnrolmentRequest> requests, String rowPrefix) {
        EnrolmentBatch batch = new EnrolmentBatch(requests, caller);
        List<Problem.Violation> problems = new ArrayList<>();
        List<Enrolment> enrolled = new ArrayList<>(requests.size());
        for (int row = 0; row < requests.size(); row++) {
            String at = rowPrefix.isEmpty() ? "" : rowPrefix + "[" + row + "].";
            try {
                enrolled.add(batch.admit(requests.get(row)));
            } catch (ProblemException rule) {
                if (rowPrefix.isEmpty()) {
                    throw rule;
                }
                String field = rule.violations().isEmpty() ? at.substring(0, at.length() - 1) : at + rule.violations().get(0).field();
                problems.add(new Problem.Violation(field, rule.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(problems);
        }
        List<Outbox.Entry> events = new ArrayList<>(enrolled.size());
        for (Enrolment enrolment : enrolled) {
            enrolment.persist();
            events.add(new Outbox.Entry(enrolment.id, new EnrolmentCreated(enrolment.id, enrolment.participantId,
                    enrolment.cohortId, enrolment.programmeId, enrolment.systemCode, enrolment.pathway.name(), enrolment.status.name())));
        }
        outbox.publishAll(events);
        return enrolled;
    }

    /** Moves an enrolment on; asking for the status it already has changes nothing. Completion has its own operation. */
    public Enrolment changeStatus(UUID id, EnrolmentStatus to, String ifMatch) {
        Enrolment enrolment = get(id);
        ETags.requireMatch(ifMatch, enrolment.version);
        if (to == EnrolmentStatus.COMPLETED && enrolment.status != to) {
            throw ProblemException.conflict("use-completion", "Complete through its own operation",
                    "Completing checks attendance and awards credits: POST /api/v1/enrolments/" + id + "/completion");
        }
        if (!EnrolmentStatus.LIFECYCLE.moves(enrolment.status, to)) {
            return enrolment;
        }
        EnrolmentStatus from = enrolment.status;
        enrolment.status = to;
        enrolment.updatedAt = Instant.now(clock);
        outbox.publish(enrolment.id, new EnrolmentStatusChanged(enrolment.id, enrolment.participantId,
                enrolment.cohortId, enrolment.programmeId, enrolment.systemCode, from.name(), to.name()));
        return enrolment;
    }

    /**
     * Completes the enrolment if its attendance reaches the programme's threshold (422 otherwise,
     * with the rate and the threshold). On the accredited pathway, credits are awarded when the
     * award's own attendance minimum is met and, if it requires one, the project was submitted.
     */
    public Completed complete(UUID id, boolean projectSubmitted, String ifMatch) {
        Enrolment enrolment = get(id);
        ETags.requireMatch(ifMatch, enrolment.version);
        EnrolmentStatus.LIFECYCLE.check(enrolment.status, EnrolmentStatus.COMPLETED);
        Programme programme = Programme.findById(enrolment.programmeId);
        AttendanceRate rate = rateOf(enrolment);
        if (!rate.meets(programme.completionThresholdPercent)) {
            throw new ProblemException(422, "attendance-below-threshold", "Attendance below threshold",
                    "Attendance is " + rate.percent() + "% of " + rate.sessionsHeld() + " sessions held; completing needs "
                            + programme.completionThresholdPercent + "%")
                    .with("attendanceRatePercent", rate.percent())
                    .with("thresholdPercent", programme.completionThresholdPercent)
                    .with("sessionsHeld", rate.sessionsHeld())
                    .with("sessionsAttended", rate.present());
        }
        String withheld = null;
        Credits credits = null;
        if (enrolment.pathway == Pathway.ACCREDITED) {
            withheld = creditsWithheldBecause(programme, rate, projectSubmitted);
            credits = withheld == null ? ProgrammeService.accreditationCredits(programme) : null;
        }
        EnrolmentStatus from = enrolment.status;
        enrolment.status = EnrolmentStatus.COMPLETED;
        enrolment.completedAt = Instant.now(clock);
        enrolment.updatedAt = enrolment.completedAt;
        if (credits != null) {
            enrolment.creditsValue = credits.value();
            enrolment.creditsLevel = credits.level();
            enrolment.creditsScheme = credits.scheme();
        }
        outbox.publish(enrolment.id, new EnrolmentCompleted(enrolment.id, enrolment.participantId, enrolment.cohortId,
                enrolment.programmeId, enrolment.systemCode, enrolment.pathway.name(), from.name(), rate.percent(), credits));
        return new Completed(enrolment, rate, programme.completionThresholdPercent, withheld);
    }

    private static String creditsWithheldBecause(Programme programme, AttendanceRate rate, boolean projectSubmitted) {
        if (!programme.isAccredited()) {
            return "the programme has no accreditation";
        }
        if (!rate.meets(programme.accreditation.minimumAttendancePercent())) {
            return "attendance of " + rate.percent() + "% is below the award's " + programme.accreditation.minimumAttendancePercent() + "%";
        }
        if (Boolean.TRUE.equals(programme.accreditation.projectRequired()) && !projectSubmitted) {
            return "the award requires a project and none was submitted";
        }
        return null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrolment get(UUID id) {
        return caller.visible(Enrolment.findById(id), "Enrolment", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttendanceRate attendanceRate(UUID id) {
        return rateOf(get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int thresholdOf(Enrolment enrolment) {
        return Programme.<Programme>findById(enrolment.programmeId).completionThresholdPercent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> list(PageRequest page, String system, UUID cohortId, UUID programmeId, UUID participantId, EnrolmentStatus status) {
        return Enrolment.page(page, caller.listableSystems(system), cohortId, programmeId, participantId, status);
    }

    private AttendanceRate rateOf(Enrolment enrolment) {
        List<Session> held = Session.heldBy(enrolment.cohortId, LocalDate.now(clock));
        Map<UUID, AttendanceMark> marks = Attendance.ofEnrolment(enrolment.id).stream()
                .collect(Collectors.toMap(a -> a.sessionId, a -> a.mark));
        return AttendanceRate.of(held, marks);
    }
}
