package org.leadershipimpact.programmes.service;

import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.Cohort;
import org.leadershipimpact.programmes.Enrolment;
import org.leadershipimpact.programmes.Enrolment.Place;
import org.leadershipimpact.programmes.Participant;
import org.leadershipimpact.programmes.Pathway;
import org.leadershipimpact.programmes.Programme;
import org.leadershipimpact.programmes.api.Api.EnrolmentRequest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a batch of enrolments is checked against, loaded with one query per check for the whole batch
 * (participants, cohorts locked, their programmes, places already held, places taken), then kept up to
 * date as each row is admitted: a later row sees the places the earlier ones took, as if each had been
 * stored before the next was checked.
 */
final class EnrolmentBatch {

    private final Caller caller;
    /** The system of each participant the rows name. */
    private final Map<UUID, String> participants;
    private final Map<UUID, Cohort> cohorts;
    private final Map<UUID, Programme> programmes;
    private final Map<Place, UUID> held;
    private final Map<UUID, Long> takenInCohort;
    private final Map<UUID, Long> takenOnProgramme;

    EnrolmentBatch(List<EnrolmentRequest> requests, Caller caller) {
        this.caller = caller;
        participants = Participant.systemsOf(distinct(requests, EnrolmentRequest::participantId));
        cohorts = byId(Cohort.lockForEnrolment(distinct(requests, EnrolmentRequest::cohortId)), c -> c.id);
        List<UUID> programmeIds = cohorts.values().stream().map(c -> c.programmeId).distinct().toList();
        programmes = programmeIds.isEmpty() ? Map.of() : byId(Programme.withIds(programmeIds), p -> p.id);
        held = Enrolment.heldOnProgrammes(participants.keySet(), programmeIds);
        takenInCohort = Enrolment.placesTakenInCohorts(cohorts.keySet());
        takenOnProgramme = Enrolment.placesTakenOnProgrammes(programmes.values().stream().filter(p -> p.capacity != null).map(p -> p.id).toList());
    }

    /** The enrolment the row asks for, not yet stored, with its place counted; a refusal otherwise, as for a single enrolment. */
    Enrolment admit(EnrolmentRequest request) {
        String participantSystem = participants.get(request.participantId());
        if (participantSystem == null || !caller.mayActFor(participantSystem)) {
            throw ProblemException.unprocessable("participantId", "no such participant");
        }
        Cohort cohort = cohorts.get(request.cohortId());
        if (cohort == null || !caller.mayActFor(cohort.systemCode)) {
            throw ProblemException.unprocessable("cohortId", "no such cohort");
        }
        if (!cohort.systemCode.equals(participantSystem)) {
            throw ProblemException.unprocessable("participantId", "belongs to system " + participantSystem
                    + ", the cohort to " + cohort.systemCode);
        }
        Programme programme = programmes.get(cohort.programmeId);
        Pathway pathway = request.pathway() == null ? Pathway.CORE : request.pathway();
        if (!programme.status.takesEnrolments()) {
            throw ProblemException.conflict("programme-not-open", "Programme not taking enrolments",
                    "Programme " + programme.id + " is " + programme.status + "; enrolments open when it is OPEN or RUNNING");
        }
        if (pathway == Pathway.ACCREDITED && !programme.isAccredited()) {
            throw ProblemException.unprocessable("pathway", "the programme has no accredited pathway");
        }
        Place place = new Place(request.participantId(), programme.id);
        UUID existing = held.get(place);
        if (existing != null) {
            throw ProblemException.conflict("already-enrolled", "Already enrolled",
                    "Participant " + request.participantId() + " already holds a place on this programme").with("enrolmentId", existing.toString());
        }
        long taken = takenInCohort.getOrDefault(cohort.id, 0L);
        if (taken >= cohort.capacity) {
            throw ProblemException.conflict("cohort-full", "Cohort full",
                    "Cohort " + cohort.id + " is full: all " + cohort.capacity + " places are taken").with("capacity", cohort.capacity);
        }
        if (programme.capacity != null && takenOnProgramme.getOrDefault(programme.id, 0L) >= programme.capacity) {
            throw ProblemException.conflict("programme-full", "Programme full",
                    "Programme " + programme.id + " is full: all " + programme.capacity + " places are taken").with("capacity", programme.capacity);
        }
        Enrolment enrolment = Enrolment.of(request.participantId(), cohort, pathway);
        held.put(place, enrolment.id);
        takenInCohort.merge(cohort.id, 1L, Long::sum);
        takenOnProgramme.merge(programme.id, 1L, Long::sum);
        return enrolment;
    }

    private static List<UUID> distinct(List<EnrolmentRequest> requests, Function<EnrolmentRequest, UUID> id) {
        return requests.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<UUID, T> byId(Collection<T> records, Function<T, UUID> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
