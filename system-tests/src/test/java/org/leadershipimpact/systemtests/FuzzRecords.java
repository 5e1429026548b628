package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The records of one system that the fuzzer knows of, by kind (the collection's name in the path:
 * {@code programmes}, {@code milestones}...), each with the record it belongs to where its path nests it
 * and the record as the last write to it answered; which of them were withdrawn since (an enrolment by
 * its status, the others by a withdrawal); and the periods recorded for each measure.
 */
final class FuzzRecords {

    record Known(String id, String parent, JsonNode record) {
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
    private final Set<String> withdrawn = new HashSet<>();
    private final Map<String, Set<String>> periodsByMeasure = new HashMap<>();

    FuzzRecords(String system) {
        this.system = system;
    }

    static String kindOfField(String field) {
        return FIELDS.get(field);
    }

    /** The fields that name a record. */
    static Set<String> referenceFields() {
        return FIELDS.keySet();
    }

    void add(String kind, String id, String parent, JsonNode record) {
        List<Known> known = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        if (known.stream().noneMatch(k -> k.id().equals(id))) {
            known.add(new Known(id, parent, record));
        }
    }

    /** The record as the last accepted write to it answered (a status changed, a correction made). */
    void update(String kind, String id, JsonNode record) {
        List<Known> known = byKind.getOrDefault(kind, new ArrayList<>());
        known.replaceAll(k -> k.id().equals(id) ? new Known(id, k.parent(), record) : k);
    }

    void withdrawn(String id) {
        withdrawn.add(id);
    }

    List<Known> of(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    Known find(String kind, String id) {
        return of(kind).stream().filter(k -> k.id().equals(id)).findFirst().orElse(null);
    }

    /** The known records of this kind that were not withdrawn; all of them when every one was. */
    List<Known> standing(String kind) {
        List<Known> standing = of(kind).stream().filter(k -> !withdrawn.contains(k.id())).toList();
        return standing.isEmpty() ? of(kind) : standing;
    }

    /** A known record of this kind, or null when there is none yet. */
    Known pick(String kind, Random random) {
        List<Known> known = of(kind);
        return known.isEmpty() ? null : known.get(random.nextInt(known.size()));
    }

    /**
     * A known record of this kind that was withdrawn, or that was not, as asked; any known one when there is
     * none such: a withdrawn record answers only questions about its withdrawal, the others answer the rest.
     */
    Known pick(String kind, boolean wasWithdrawn, Random random) {
        List<Known> such = of(kind).stream().filter(k -> withdrawn.contains(k.id()) == wasWithdrawn).toList();
        return such.isEmpty() ? pick(kind, random) : such.get(random.nextInt(such.size()));
    }

    void recorded(String measureId, List<String> periods) {
        periodsByMeasure.computeIfAbsent(measureId, k -> new TreeSet<>()).addAll(periods);
    }

    void withdrawnPeriods(String measureId, List<String> periods) {
        periodsByMeasure.getOrDefault(measureId, new TreeSet<>()).removeAll(periods);
    }

    List<String> periods(String measureId) {
        return List.copyOf(periodsByMeasure.getOrDefault(measureId, Set.of()));
    }

    List<String> allIds() {
        return byKind.values().stream().flatMap(List::stream).map(Known::id).toList();
    }

    int count() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }
}
