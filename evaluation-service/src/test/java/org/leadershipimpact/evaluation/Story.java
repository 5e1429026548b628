package org.leadershipimpact.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The events of one small programme in one system, as programmes-service and projects-service would
 * publish them (keys and fields as in docs/events/asyncapi.yaml), with fresh ids each time so that
 * every test tells its own story. The figures it should give are worked out by hand in the tests.
 */
final class Story {

    static final String FUNDER = "National system leadership fund";
    static final double MEAN = 27.75;
    static final double LOWER_LIMIT = 27.75 - 2.66 * 6.5;
    static final double UPPER_LIMIT = 27.75 + 2.66 * 6.5;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Message(String topic, String key, String value) {
    }

    final String system;
    final String funder;
    final UUID programme = UUID.randomUUID();
    final UUID cohort1 = UUID.randomUUID();
    final UUID cohort2 = UUID.randomUUID();
    final UUID project = UUID.randomUUID();
    final UUID measure = UUID.randomUUID();
    final UUID nights = UUID.randomUUID();
    final UUID money = UUID.randomUUID();
    final UUID[] participants = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
    final UUID[] enrolments = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
    final UUID trust = UUID.randomUUID();
    final UUID practice = UUID.randomUUID();
    final List<Message> messages = new ArrayList<>();
    private Instant clock = Instant.parse("2026-01-05T09:00:00Z");

    Story(String system) {
        this(system, FUNDER);
    }

    /** A story whose programme a funding source of its own funds: the national roll-up for it shows only this story. */
    Story(String system, String funder) {
        this.system = system;
        this.funder = funder;
        UUID police = UUID.randomUUID();
        UUID[] sessions = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        programmes("organisation", trust, "OrganisationRegistered", "organisationId", trust, "name", "Royal Surrey NHS Foundation Trust",
                "type", "TRUST", "odsCode", "RA2");
        programmes("organisation", practice, "OrganisationRegistered", "organisationId", practice, "name", "Stepney Green Practice",
                "type", "GP_PRACTICE", "odsCode", null);
        programmes("organisation", police, "OrganisationRegistered", "organisationId", police, "name", "Surrey Police",
                "type", "POLICE", "odsCode", null);
        programmes("programme", programme, "ProgrammeCreated", "programmeId", programme,
                "programme", facts("DRAFT"));
        programmes("programme", programme, "ProgrammeStatusChanged", "programmeId", programme, "from", "DRAFT", "to", "OPEN");
        programmes("cohort", cohort1, "CohortCreated", "cohortId", cohort1, "programmeId", programme, "name", "Cohort one",
                "capacity", 20, "startDate", "2026-01-10", "endDate", "2026-12-10");
        programmes("cohort", cohort2, "CohortCreated", "cohortId", cohort2, "programmeId", programme, "name", "Cohort two",
                "capacity", 20, "startDate", "2026-02-10", "endDate", "2026-12-10");
        UUID[] sessionCohorts = {cohort1, cohort1, cohort2};
        for (int i = 0; i < sessions.length; i++) {
            programmes("session", sessions[i], "SessionScheduled", "sessionId", sessions[i], "cohortId", sessionCohorts[i],
                    "programmeId", programme, "title", "Leadership Insight day " + (i + 1), "kind", "LEADERSHIP_INSIGHT_DAY",
                    "date", "2026-03-0" + (i + 1));
        }
        String[][] people = {{"GP", "NHS_PRIMARY"}, {"NURSE", "NHS_ACUTE"}, {"PRACTICE_MANAGER", "NHS_PRIMARY"}, {"POLICE_OFFICER", "OTHER_PUBLIC"}};
        UUID[] organisations = {practice, trust, practice, police};
        UUID[] cohorts = {cohort1, cohort1, cohort2, cohort2};
        for (int i = 0; i < 4; i++) {
            programmes("participant", participants[i], "ParticipantRegistered", "participantId", participants[i],
                    "profession", people[i][0], "sector", people[i][1], "organisationId", organisations[i]);
            enrolment(i, cohorts[i], "EnrolmentCreated", "pathway", i == 0 ? "ACCREDITED" : "CORE", "status", "ENROLLED");
        }
        enrolment(0, cohort1, "EnrolmentStatusChanged", "from", "ENROLLED", "to", "ACTIVE");
        attendance(0, sessions[0], cohort1, "PRESENT", null);
        attendance(0, sessions[1], cohort1, "ABSENT", null);
        attendance(0, sessions[1], cohort1, "PRESENT", "ABSENT");
        attendance(1, sessions[0], cohort1, "APOLOGIES", null);
        attendance(2, sessions[2], cohort2, "PRESENT", null);
        attendance(3, sessions[2], cohort2, "ABSENT", null);
        ObjectNode credits = JSON.createObjectNode().put("value", 40).put("level", 7).put("scheme", "CATS");
        enrolment(0, cohort1, "EnrolmentCompleted", "pathway", "ACCREDITED", "from", "ACTIVE", "attendanceRatePercent", 100.0,
                "creditsAwarded", credits);
        enrolment(1, cohort1, "EnrolmentStatusChanged", "from", "ENROLLED", "to", "WITHDRAWN");
        enrolment(2, cohort2, "EnrolmentStatusChanged", "from", "ENROLLED", "to", "ACTIVE");

        projects("project", project, "ProjectRegistered", "projectId", project, "title", "Breathe easy: COPD at home",
                "theme", "COPD", "stage", "IDEA", "originProgrammeId", programme, "originCohortId", cohort1,
                "leadParticipantIds", JSON.createArrayNode().add(participants[0].toString()));
        projects("project", project, "ProjectStageChanged", "projectId", project, "originProgrammeId", programme, "theme", "COPD",
                "from", "IDEA", "to", "SCOPING");
        projects("measure", measure, "MeasureDefined", "measureId", measure, "projectId", project, "name", "COPD admissions",
                "kind", "OUTCOME", "unit", "admissions", "direction", "DECREASE", "baseline", 30.0, "target", 20.0);
        projects("measure", measure, "DataPointsRecorded", "measureId", measure, "projectId", project, "points", 2,
                "from", "2026-01-01", "to", "2026-02-01", "values", JSON.createArrayNode()
                        .add(JSON.createObjectNode().put("period", "2026-01-01").put("value", 31.0))
                        .add(JSON.createObjectNode().put("period", "2026-02-01").put("value", 24.5)));
        chart("SPECIAL_CAUSE_IMPROVEMENT", signal("SHIFT_BELOW", "SPECIAL_CAUSE_IMPROVEMENT", "2026-01-01", "2026-02-01"));
        projects("benefit", nights, "BenefitRecorded", "benefitId", nights, "projectId", project, "programmeId", programme,
                "category", "CAPACITY", "value", 3600, "unit", "bed nights", "periodStart", "2026-01-01", "periodEnd", "2026-12-31",
                "cashable", false, "evidenceLevel", "SELF_REPORTED");
        projects("benefit", money, "BenefitRecorded", "benefitId", money, "projectId", project, "programmeId", programme,
                "category", "FINANCIAL", "value", 4000000, "unit", "GBP", "periodStart", "2026-01-01", "periodEnd", "2026-12-31",
                "cashable", true, "evidenceLevel", "AUDITED");
    }

    /** The same messages, each key's in order, keys interleaved at random, some delivered twice. */
    List<Message> shuffled(long seed) {
        Random random = new Random(seed);
        Map<String, Deque<Message>> byKey = new LinkedHashMap<>();
        messages.forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayDeque<>()).add(m));
        List<Deque<Message>> queues = new ArrayList<>(byKey.values());
        List<Message> out = new ArrayList<>();
        while (!queues.isEmpty()) {
            Deque<Message> queue = queues.get(random.nextInt(queues.size()));
            Message next = queue.poll();
            out.add(next);
            if (random.nextInt(4) == 0) {
                out.add(next);
            }
            if (queue.isEmpty()) {
                queues.remove(queue);
            }
        }
        // a redelivery long after: an old message on its key again
        out.add(messages.get(random.nextInt(messages.size())));
        return out;
    }

    private ObjectNode facts(String status) {
        return JSON.createObjectNode().put("title", "Whole system leadership").put("kind", "SYSTEM_LEADERSHIP").put("status", status)
                .put("startDate", "2026-01-01").put("endDate", "2026-12-31").put("fundingPence", 15_000_000L)
                .put("fundingCurrency", "GBP").put("fundingSource", funder).put("capacity", 40)
                .put("completionThresholdPercent", 75).put("accredited", true)
                .set("accreditationCredits", JSON.createObjectNode().put("value", 40).put("level", 7).put("scheme", "CATS"));
    }

    private void enrolment(int i, UUID cohort, String type, Object... fields) {
        Object[] all = new Object[fields.length + 8];
        Object[] keys = {"enrolmentId", enrolments[i], "participantId", participants[i], "cohortId", cohort, "programmeId", programme};
        System.arraycopy(keys, 0, all, 0, 8);
        System.arraycopy(fields, 0, all, 8, fields.length);
        programmes("enrolment", enrolments[i], type, all);
    }

    private void attendance(int i, UUID session, UUID cohort, String mark, String previous) {
        programmes("enrolment", enrolments[i], "AttendanceRecorded", "enrolmentId", enrolments[i], "sessionId", session,
                "cohortId", cohort, "programmeId", programme, "mark", mark, "previousMark", previous);
    }

    void programmes(String aggregate, UUID key, String type, Object... fields) {
        add("programmes.events", "programmes", aggregate, key, type, fields);
    }

    /** Events told in {@code telling} carry times before any other of the story's, as a producer's late retry would. */
    void backdated(Runnable telling) {
        Instant now = clock;
        clock = clock.minus(java.time.Duration.ofDays(1));
        telling.run();
        clock = now;
    }

    /**
     * What the measure's chart shows now, announced whole (an empty {@code signals} clears it), with the one segment
     * of its two points: mean 27.75, limits 27.75 ± 2.66 × 6.5 (the one moving range), as projects-service computes them.
     */
    void chart(String variation, ObjectNode... signals) {
        projects("measure", measure, "MeasureChartChanged", "measureId", measure, "projectId", project, "originProgrammeId", programme,
                "variation", variation, "assurance", null, "signals", JSON.createArrayNode().addAll(List.of(signals)),
                "segments", JSON.createArrayNode().add(JSON.createObjectNode().put("from", "2026-01-01").put("to", "2026-02-01")
                        .put("mean", MEAN).put("lowerLimit", LOWER_LIMIT).put("upperLimit", UPPER_LIMIT)));
    }

    /** The chart announced as projects-service announced it before charts carried their segments. */
    void chartWithoutSegments(String variation, ObjectNode... signals) {
        projects("measure", measure, "MeasureChartChanged", "measureId", measure, "projectId", project, "originProgrammeId", programme,
                "variation", variation, "assurance", null, "signals", JSON.createArrayNode().addAll(List.of(signals)));
    }

    static ObjectNode signal(String signal, String pointType, String... periods) {
        ObjectNode node = JSON.createObjectNode().put("signal", signal).put("pointType", pointType)
                .put("from", periods[0]).put("to", periods[periods.length - 1]);
        node.set("periods", JSON.valueToTree(periods));
        return node;
    }

    void projects(String aggregate, UUID key, String type, Object... fields) {
        add("projects.events", "projects", aggregate, key, type, fields);
    }

    private void add(String topic, String service, String aggregate, UUID key, String type, Object... fields) {
        ObjectNode data = JSON.createObjectNode();
        for (int i = 0; i < fields.length; i += 2) {
            data.set((String) fields[i], JSON.valueToTree(fields[i + 1] instanceof UUID id ? id.toString() : fields[i + 1]));
        }
        data.put("systemCode", system);
        clock = clock.plusSeconds(1);
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "/" + service)
                .put("type", "org.leadershipimpact." + service + "." + type + ".v1").put("subject", aggregate + "/" + key)
                .put("time", clock.toString()).put("datacontenttype", "application/json");
        event.set("data", data);
        messages.add(new Message(topic, key.toString(), event.toString()));
    }
}
