package org.leadershipimpact.projects.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.leadershipimpact.platform.events.CloudEvent;
import org.leadershipimpact.platform.events.EventHandler;
import org.leadershipimpact.projects.KnownReferences.KnownCohort;
import org.leadershipimpact.projects.KnownReferences.KnownParticipant;
import org.leadershipimpact.projects.KnownReferences.KnownProgramme;

import java.util.Set;
import java.util.UUID;

/** Learns from programmes-service's events which programmes, cohorts and participants exist, and where. */
@ApplicationScoped
public class ProgrammesHeard implements EventHandler {

    @Override
    public Set<String> topics() {
        return Set.of("programmes.events");
    }

    @Override
    public void apply(CloudEvent event) {
        JsonNode data = event.data();
        switch (event.name()) {
            case "ProgrammeCreated", "ProgrammeUpdated" -> {
                UUID id = UUID.fromString(data.path("programmeId").asText());
                KnownProgramme programme = KnownProgramme.findById(id);
                if (programme == null) {
                    programme = new KnownProgramme();
                    programme.id = id;
                }
                programme.systemCode = data.path("systemCode").asText();
                programme.title = data.path("programme").path("title").asText();
                programme.persist();
            }
            case "CohortCreated" -> {
                UUID id = UUID.fromString(data.path("cohortId").asText());
                if (KnownCohort.findById(id) == null) {
                    KnownCohort cohort = new KnownCohort();
                    cohort.id = id;
                    cohort.systemCode = data.path("systemCode").asText();
                    cohort.programmeId = UUID.fromString(data.path("programmeId").asText());
                    cohort.persist();
                }
            }
            case "ParticipantRegistered" -> {
                UUID id = UUID.fromString(data.path("participantId").asText());
                if (KnownParticipant.findById(id) == null) {
                    KnownParticipant participant = new KnownParticipant();
                    participant.id = id;
                    participant.systemCode = data.path("systemCode").asText();
                    participant.persist();
                }
            }
            default -> {
                // other facts of programmes-service do not concern projects
            }
        }
    }
}
