package org.leadershipimpact.projects.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.leadershipimpact.platform.events.CloudEvent;
import org.leadershipimpact.platform.events.EventData;
import org.leadershipimpact.platform.events.EventHandler;
import org.leadershipimpact.projects.KnownReferences.KnownCohort;
import org.leadershipimpact.projects.KnownReferences.KnownOrganisation;
import org.leadershipimpact.projects.KnownReferences.KnownParticipant;
import org.leadershipimpact.projects.KnownReferences.KnownProgramme;

import java.util.Set;
import java.util.UUID;

/** Learns from programmes-service's events which programmes, cohorts, participants and organisations exist, and where. */
@ApplicationScoped
public class ProgrammesHeard implements EventHandler {

    @Override
    public Set<String> topics() {
        return Set.of("programmes.events");
    }

    @Override
    public void apply(CloudEvent event) {
        EventData d = EventData.of(event);
        switch (event.name()) {
            case "ProgrammeCreated", "ProgrammeUpdated" -> {
                UUID id = d.uuid("programmeId");
                KnownProgramme programme = KnownProgramme.findById(id);
                if (programme == null) {
                    programme = new KnownProgramme();
                    programme.id = id;
                }
                programme.systemCode = d.systemCode();
                programme.title = d.at("programme").text("title");
                programme.persist();
            }
            case "CohortCreated" -> {
                UUID id = d.uuid("cohortId");
                if (KnownCohort.findById(id) == null) {
                    KnownCohort cohort = new KnownCohort();
                    cohort.id = id;
                    cohort.systemCode = d.systemCode();
                    cohort.programmeId = d.uuid("programmeId");
                    cohort.persist();
                }
            }
            case "ParticipantRegistered" -> {
                UUID id = d.uuid("participantId");
                if (KnownParticipant.findById(id) == null) {
                    KnownParticipant participant = new KnownParticipant();
                    participant.id = id;
                    participant.systemCode = d.systemCode();
                    participant.persist();
                }
            }
            case "OrganisationRegistered", "OrganisationUpdated" -> {
                UUID id = d.uuid("organisationId");
                KnownOrganisation organisation = KnownOrganisation.findById(id);
                if (organisation == null) {
                    organisation = new KnownOrganisation();
                    organisation.id = id;
                }
                organisation.systemCode = d.systemCode();
                organisation.persist();
            }
            case "OrganisationWithdrawn" -> {
                KnownOrganisation organisation = KnownOrganisation.findById(d.uuid("organisationId"));
                if (organisation != null) {
                    organisation.withdrawn = true;
                }
            }
            default -> {
                // other facts of programmes-service do not concern projects
            }
        }
    }
}
