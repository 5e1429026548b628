package org.leadershipimpact.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.Attendance;
import org.leadershipimpact.programmes.AttendanceMark;
import org.leadershipimpact.programmes.AttendanceRate;
import org.leadershipimpact.programmes.Cohort;
import org.leadershipimpact.programmes.Enrolment;
import org.leadershipimpact.programmes.EnrolmentStatus;
import org.leadershipimpact.programmes.Session;
import org.leadershipimpact.programmes.events.ProgrammeEvents.AttendanceRecorded;
import org.leadershipimpact.programmes.api.Api.Mark;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Registers: who was at each session, recorded a session at a time, and read back as a cohort's matrix. */
@ApplicationScoped
@Transactional
public class AttendanceService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    SessionService sessions;

    @Inject
    CohortService cohorts;

    /** A row of the cohort's attendance matrix: one enrolment's marks by session, and its rate. */
    public record MatrixRow(Enrolment enrolment, Map<UUID, AttendanceMark> marks, AttendanceRate rate) {
    }

    public record Matrix(Cohort cohort, List<Session> sessions, List<MatrixRow> rows) {
    }

    /**
     * Records the register of a session: all marks or none. Only enrolments of the session's own
     * cohort can be marked. A mark that changes (or is new) is an event; one that is the same is not.
     */
    public List<Attendance> record(UUID sessionId, List<Mark> marks) {
        Session session = sessions.getToRecordAt(sessionId);
        Map<UUID, Enrolment.Standing> enrolments = checkRegister(session, marks);
        Map<UUID, Attendance> existing = Attendance.ofSession(sessionId, enrolments.keySet()).stream()
                .collect(Collectors.toMap(a -> a.enrolmentId, Function.identity()));
        List<Outbox.Entry> events = new ArrayList<>();
        for (Mark mark : marks) {
            Attendance attendance = existing.get(mark.enrolmentId());
            AttendanceMark previous = attendance == null ? null : attendance.mark;
            if (previous == mark.mark()) {
                continue;
            }
            if (attendance == null) {
                attendance = new Attendance();
                attendance.enrolmentId = mark.enrolmentId();
                attendance.sessionId = sessionId;
                attendance.cohortId = session.cohortId;
                existing.put(mark.enrolmentId(), attendance);
            }
            attendance.mark = mark.mark();
            attendance.recordedAt = Instant.now(clock);
            attendance.persist();
            events.add(new Outbox.Entry(mark.enrolmentId(), new AttendanceRecorded(mark.enrolmentId(), sessionId, session.cohortId,
                    session.programmeId, session.systemCode, mark.mark().name(), previous == null ? null : previous.name())));
        }
        outbox.publishAll(events);
        return marks.stream().map(m -> existing.get(m.enrolmentId())).toList();
    }

    private Map<UUID, Enrolment.Standing> checkRegister(Session session, List<Mark> marks) {
        List<Problem.Violation> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Map<UUID, Enrolment.Standing> enrolments = Enrolment.standingOf(marks.stream().map(Mark::enrolmentId).distinct().toList());
        for (int row = 0; row < marks.size(); row++) {
            UUID id = marks.get(row).enrolmentId();
            String field = "marks[" + row + "].enrolmentId";
            Enrolment.Standing enrolment = enrolments.get(id);
            if (!seen.add(id)) {
                problems.add(new Problem.Violation(field, "appears twice in this register"));
            } else if (enrolment == null || !caller.mayActFor(enrolment.systemCode())) {
                problems.add(new Problem.Violation(field, "no such enrolment"));
            } else if (!enrolment.cohortId().equals(session.cohortId)) {
                problems.add(new Problem.Violation(field, "is an enrolment of another cohort: attendance is recorded only for the session's own cohort"));
            } else if (enrolment.status() == EnrolmentStatus.WITHDRAWN) {
                problems.add(new Problem.Violation(field, "is withdrawn"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(problems);
        }
        return enrolments;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attendance> register(UUID sessionId) {
        sessions.get(sessionId);
        return Attendance.list("sessionId", sessionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Matrix matrix(UUID cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        List<Session> all = Session.ofCohort(cohortId);
        LocalDate today = LocalDate.now(clock);
        List<Session> held = all.stream().filter(s -> !s.date.isAfter(today)).toList();
        Map<UUID, Map<UUID, AttendanceMark>> marksByEnrolment = new HashMap<>();
        for (Attendance attendance : Attendance.ofCohort(cohortId)) {
            marksByEnrolment.computeIfAbsent(attendance.enrolmentId, e -> new HashMap<>()).put(attendance.sessionId, attendance.mark);
        }
        List<MatrixRow> rows = Enrolment.ofCohort(cohortId).stream().map(enrolment -> {
            Map<UUID, AttendanceMark> marks = marksByEnrolment.getOrDefault(enrolment.id, Map.of());
            return new MatrixRow(enrolment, marks, AttendanceRate.of(held, marks));
        }).toList();
        return new Matrix(cohort, all, rows);
    }
}
