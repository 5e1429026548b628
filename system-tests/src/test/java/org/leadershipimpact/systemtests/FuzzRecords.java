package org.leadershipimpact.systemtests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The records of one system that the fuzzer knows of, by kind (the collection's name in the path:
 * {@code programmes}, {@code milestones}...), each with the record it belongs to where its path nests it.
 */
final class FuzzRecords {

    record Known(String id, String parent) {
    }

    /** Body fields that name a record, by the kind of record they name. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("programmeId", "programmes"), Map.entry("originProgrammeId", "programmes"),
            Map.entry("cohortId", "cohorts"), Map.entry("originCohortId", "cohorts"),
            Map.entry("participantId", "participants"), Map.entry("leadParticipantIds", "participants"),
            Map.entry("teamParticipantIds", "participants"), Map.entry("enrolmentId", "enrolments"),
            Map.entry("memberEnrolmentIds", "enrolments"), Map.entry("organisationId", "organisations"),
            Map.entry("commissionerId", "organisations"), Map.entry("deliveryPartnerIds", "organisations"),
            Map.entry("partnerOrganisationIds", "organisations"), Map.entry("projectId", "projects"));

    final String system;
    private final Map<String, List<Known>> byKind = new HashMap<>();

    FuzzRecords(String system) {
        this.system = system;
    }

    static String kindOfField(String field) {
        return FIELDS.get(field);
    }

    void add(String kind, String id, String parent) {
        List<Known> known = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        if (known.stream().noneMatch(k -> k.id().equals(id))) {
            known.add(new Known(id, parent));
        }
    }

    List<Known> of(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** A known record of this kind, or null when there is none yet. */
    Known pick(String kind, Random random) {
        List<Known> known = of(kind);
        return known.isEmpty() ? null : known.get(random.nextInt(known.size()));
    }

    List<String> allIds() {
        return byKind.values().stream().flatMap(List::stream).map(Known::id).toList();
    }

    int count() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }
}
