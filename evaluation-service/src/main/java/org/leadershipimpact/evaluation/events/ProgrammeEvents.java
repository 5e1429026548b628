package org.leadershipimpact.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.leadershipimpact.evaluation.SystemSummary;
import org.leadershipimpact.platform.events.CloudEvent;
import org.leadershipimpact.platform.events.EventHandler;

import java.util.Set;

/** Keeps the read models in step with what programmes-service announces. */
@ApplicationScoped
public class ProgrammeEvents implements EventHandler {

    public static final String TOPIC = "programmes.events";

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void apply(CloudEvent event) {
        if ("ProgrammeCreated".equals(event.name())) {
            SystemSummary.countProgramme(event.data().path("systemCode").asText());
        }
    }
}
