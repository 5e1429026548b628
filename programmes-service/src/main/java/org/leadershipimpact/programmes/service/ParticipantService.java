package org.leadershipimpact.programmes.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.NeverMoves;
import org.leadershipimpact.platform.idempotency.StoredAnswers;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.Organisation;
import org.leadershipimpact.programmes.Participant;
import org.leadershipimpact.programmes.Profession;
import org.leadershipimpact.programmes.Sector;
import org.leadershipimpact.programmes.events.ProgrammeEvents.ParticipantErased;
import org.leadershipimpact.programmes.events.ProgrammeEvents.ParticipantRegistered;
import org.leadershipimpact.programmes.events.ProgrammeEvents.ParticipantUpdated;
import org.leadershipimpact.programmes.api.Api.ParticipantRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
@Transactional
public class ParticipantService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    SystemService systems;

    @Inject
    StoredAnswers storedAnswers;

    public Participant register(ParticipantRequest request) {
        return registerAll(List.of(request), "").get(0);
    }

    /**
     * Registers every participant or none: all rows are checked first and every problem is reported,
     * each with its row, so a cohort of 500 can be corrected in one go. Each check is one query for the
     * whole batch, and the rows and their events are written in batches.
     */
    public List<Participant> registerAll(List<ParticipantRequest> requests, String rowPrefix) {
        List<String> systemCodes = requests.stream().map(ParticipantRequest::systemCode).toList();
        systemCodes.stream().distinct().forEach(systems::requireUsable);
        Set<Integer> emailsTaken = Participant.emailsTaken(systemCodes, requests.stream().map(ParticipantRequest::email).toList());
        Map<UUID, String> organisations = Organisation.systemsOfStanding(requests.stream().map(ParticipantRequest::organisationId).distinct().toList());
        List<Problem.Violation> problems = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int row = 0; row < requests.size(); row++) {
            ParticipantRequest request = requests.get(row);
            String at = rowPrefix.isEmpty() ? "" : rowPrefix + "[" + row + "].";
            if (!emails.add(request.systemCode() + "/" + request.email().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem.Violation(at + "email", "appears twice in this request"));
            } else if (emailsTaken.contains(row)) {
                problems.add(new Problem.Violation(at + "email", "is already registered in system " + request.systemCode()));
            }
            if (!request.systemCode().equals(organisations.get(request.organisationId()))) {
                problems.add(new Problem.Violation(at + "organisationId", "no such organisation in system " + request.systemCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(problems);
        }
        List<Participant> registered = new ArrayList<>(requests.size());
        List<Outbox.Entry> events = new ArrayList<>(requests.size());
        for (ParticipantRequest request : requests) {
            Participant participant = Participant.register(request.systemCode());
            apply(participant, request);
            participant.persist();
            events.add(new Outbox.Entry(participant.id, new ParticipantRegistered(participant.id, participant.systemCode,
                    participant.profession.name(), participant.sector.name(), participant.organisationId)));
            registered.add(participant);
        }
        outbox.publishAll(events);
        return registered;
    }

    public Participant update(UUID id, ParticipantRequest request, String ifMatch) {
        Participant participant = get(id);
        if (participant.isErased()) {
            throw ProblemException.conflict("erased", "Erased", "Participant " + id + " was erased on " + participant.erasedOn
                    + " at their request; if they take part again, register them again");
        }
        NeverMoves.require("record", "systems", "systemCode", participant.systemCode, request.systemCode());
        ETags.requireMatch(ifMatch, participant.version);
        if (Participant.emailTaken(participant.systemCode, request.email(), id)) {
            throw ProblemException.conflict("duplicate", "Already registered", "Another participant of system "
                    + participant.systemCode + " has this e-mail address");
        }
        OrganisationService.requireIn(participant.systemCode, request.organisationId(), "organisationId");
        boolean publicFactsChange = participant.profession != request.profession() || participant.sector != request.sector()
                || !Objects.equals(participant.organisationId, request.organisationId());
        apply(participant, request);
        if (publicFactsChange) {
            outbox.publish(participant.id, new ParticipantUpdated(participant.id, participant.systemCode,
                    participant.profession.name(), participant.sector.name(), participant.organisationId));
        }
        return participant;
    }

    /**
     * Erases the participant's personal data wherever this service holds it: their row, and the answers
     * kept for retries, which from now on replay {@code answer} of the erased participant instead. Erasing
     * again changes nothing.
     */
    public Participant erase(UUID id, Function<Participant, Object> answer) {
        // locked: a client's retry while the first erasure is running waits for it and answers the same, not 412
        Participant participant = caller.visible(Participant.findById(id, LockModeType.PESSIMISTIC_WRITE), "Participant", id);
        if (participant.isErased()) {
            return participant;
        }
        Set<String> emails = new HashSet<>(Set.of(participant.email));
        participant.erase(LocalDate.now(clock));
        // now, not at commit: the answer's ETag must be the erased record's version
        Participant.flush();
        for (JsonNode shown : storedAnswers.replaceRecord(participant.id, answer.apply(participant))) {
            // an answer kept from before an update shows the e-mail the person had then
            if (shown.hasNonNull("email")) {
                emails.add(shown.get("email").asText());
            }
        }
        emails.forEach(storedAnswers::forgetKeysContaining);
        outbox.publish(participant.id, new ParticipantErased(participant.id, participant.systemCode, participant.erasedOn));
        return participant;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant get(UUID id) {
        return caller.visible(Participant.findById(id), "Participant", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Participant> list(PageRequest page, String system, Profession profession, Sector sector, UUID organisationId) {
        return Participant.page(page, caller.listableSystems(system), profession, sector, organisationId);
    }

    private static void apply(Participant participant, ParticipantRequest request) {
        participant.givenName = request.givenName().strip();
        participant.familyName = request.familyName().strip();
        participant.email = request.email().strip();
        participant.profession = request.profession();
        participant.sector = request.sector();
        participant.organisationId = request.organisationId();
        participant.jobTitle = request.jobTitle();
    }
}
