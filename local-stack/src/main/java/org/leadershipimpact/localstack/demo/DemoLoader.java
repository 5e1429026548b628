package org.leadershipimpact.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Puts records in through the public API so that loading twice, or again after a load that failed
 * half-way, ends in the same state: each record is first looked for by what names it (a title, an
 * e-mail, a date) and created only when missing, with an Idempotency-Key in case a create was
 * answered but the answer lost; lifecycles move only forwards from where they stand.
 */
final class DemoLoader {

    private static final List<String> PROGRAMME_LIFECYCLE = List.of("DRAFT", "OPEN", "RUNNING", "COMPLETED");

    private final DemoApi admin;
    private final DemoApi manager;
    private final DemoApi lead;
    /** Organisation ids by name, per system: case studies share organisations, so each system is listed once. */
    private final Map<String, Map<String, String>> organisations = new HashMap<>();

    DemoLoader(DemoApi admin, DemoApi manager, DemoApi lead) {
        this.admin = admin;
        this.manager = manager;
        this.lead = lead;
    }

    int calls() {
        return admin.calls() + manager.calls() + lead.calls();
    }

    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields;
    }

    void system(String code, String name, String kind, String region) {
        try {
            admin.get("/api/v1/systems/" + code);
        } catch (DemoApi.Refused notThere) {
            if (notThere.status != 404) {
                throw notThere;
            }
            admin.post("/api/v1/systems", fields("code", code, "name", name, "kind", kind, "region", region), "system/" + code);
        }
    }

    String organisation(String system, String name, String type) {
        Map<String, String> named = organisations.computeIfAbsent(system, code -> {
            Map<String, String> ids = new HashMap<>();
            manager.list("/api/v1/organisations?system=" + code).forEach(item -> ids.putIfAbsent(item.path("name").asText(), item.get("id").asText()));
            return ids;
        });
        return named.computeIfAbsent(name, missing -> manager.post("/api/v1/organisations",
                fields("systemCode", system, "name", name, "type", type), "organisation/" + system + "/" + name).get("id").asText());
    }

    /** The programme with this title in the system, made if missing, and moved on to at least RUNNING. */
    String programme(String system, Map<String, Object> request) {
        String title = (String) request.get("title");
        JsonNode programme = find(manager.list("/api/v1/programmes?system=" + system), item -> item.path("title").asText().equals(title))
                .orElseGet(() -> manager.post("/api/v1/programmes", request, "programme/" + system + "/" + title));
        String id = programme.get("id").asText();
        advance(manager, "/api/v1/programmes/" + id + "/status", programme.get("status").asText(), "RUNNING", PROGRAMME_LIFECYCLE, "status");
        return id;
    }

    int programmeThreshold(String id) {
        return manager.get("/api/v1/programmes/" + id).path("completionThresholdPercent").asInt(75);
    }

    void finishProgramme(String id) {
        JsonNode programme = manager.get("/api/v1/programmes/" + id);
        advance(manager, "/api/v1/programmes/" + id + "/status", programme.get("status").asText(), "COMPLETED", PROGRAMME_LIFECYCLE, "status");
    }

    String cohort(String programme, String name, int capacity, LocalDate start, LocalDate end) {
        return find(manager.list("/api/v1/cohorts?programme=" + programme), item -> item.path("name").asText().equals(name))
                .orElseGet(() -> manager.post("/api/v1/cohorts", fields("programmeId", programme, "name", name, "capacity", capacity,
                        "startDate", str(start), "endDate", str(end)), "cohort/" + programme + "/" + name))
                .get("id").asText();
    }

    /** The cohort's sessions in the order given, each found by title and date or made. */
    List<String> sessions(String cohort, List<Synthetic.Session> wanted) {
        List<JsonNode> existing = manager.list("/api/v1/sessions?cohort=" + cohort);
        List<String> ids = new ArrayList<>();
        for (Synthetic.Session session : wanted) {
            ids.add(find(existing, item -> item.path("title").asText().equals(session.title())
                    && item.path("date").asText().equals(session.date().toString()))
                    .orElseGet(() -> manager.post("/api/v1/sessions", fields("cohortId", cohort, "title", session.title(),
                            "kind", session.kind(), "date", session.date().toString(), "location", session.location()),
                            "session/" + cohort + "/" + session.date() + "/" + session.title()))
                    .get("id").asText());
        }
        return ids;
    }

    /** Participant ids by e-mail; those not yet registered in the system are registered in bulk. */
    Map<String, String> participants(String system, List<Synthetic.Person> people) {
        Map<String, String> byEmail = new HashMap<>();
        manager.list("/api/v1/participants?system=" + system)
                .forEach(item -> byEmail.put(item.path("email").asText().toLowerCase(), item.get("id").asText()));
        List<Map<String, Object>> missing = new ArrayList<>();
        for (Synthetic.Person person : people) {
            if (!byEmail.containsKey(person.email())) {
                missing.add(fields("systemCode", system, "givenName", person.givenName(), "familyName", person.familyName(),
                        "email", person.email(), "profession", person.profession(), "sector", person.sector(),
                        "organisationId", person.organisationId(), "jobTitle", person.jobTitle()));
            }
        }
        for (int from = 0; from < missing.size(); from += 500) {
            List<Map<String, Object>> batch = missing.subList(from, Math.min(missing.size(), from + 500));
            JsonNode made = manager.post("/api/v1/participants/bulk", fields("participants", batch),
                    "participants/" + system + "/" + batch.get(0).get("email") + "/" + batch.size());
            made.get("participants").forEach(item -> byEmail.put(item.path("email").asText().toLowerCase(), item.get("id").asText()));
        }
        return byEmail;
    }

    /** Enrolments on the programme by participant id, in this cohort; missing ones are made in bulk. */
    Map<String, JsonNode> enrolments(String programme, String cohort, List<String> participantIds, Map<String, String> pathways) {
        Map<String, JsonNode> byParticipant = enrolmentsOf(programme);
        List<Map<String, Object>> missing = participantIds.stream().filter(id -> !byParticipant.containsKey(id))
                .map(id -> fields("participantId", id, "cohortId", cohort, "pathway", pathways.getOrDefault(id, "CORE")))
                .toList();
        if (!missing.isEmpty()) {
            manager.post("/api/v1/enrolments/bulk", fields("enrolments", missing),
                    "enrolments/" + cohort + "/" + missing.get(0).get("participantId") + "/" + missing.size())
                    .get("enrolments").forEach(item -> byParticipant.put(item.path("participantId").asText(), item));
        }
        return byParticipant;
    }

    private Map<String, JsonNode> enrolmentsOf(String programme) {
        Map<String, JsonNode> byParticipant = new HashMap<>();
        manager.list("/api/v1/enrolments?programme=" + programme).forEach(item -> byParticipant.put(item.path("participantId").asText(), item));
        return byParticipant;
    }

    /** A session's register; marks for enrolments withdrawn since are left as they were. */
    void register(String session, Map<JsonNode, String> marks) {
        List<Map<String, Object>> rows = new ArrayList<>();
        marks.forEach((enrolment, mark) -> {
            if (!enrolment.path("status").asText().equals("WITHDRAWN")) {
                rows.add(fields("enrolmentId", enrolment.get("id").asText(), "mark", mark));
            }
        });
        if (!rows.isEmpty()) {
            manager.put("/api/v1/sessions/" + session + "/attendance", fields("marks", rows));
        }
    }

    void withdraw(JsonNode enrolment) {
        manager.put("/api/v1/enrolments/" + enrolment.get("id").asText() + "/status", fields("status", "WITHDRAWN"));
    }

    void complete(JsonNode enrolment, boolean projectSubmitted) {
        String status = enrolment.path("status").asText();
        if (status.equals("ENROLLED") || status.equals("ACTIVE")) {
            manager.post("/api/v1/enrolments/" + enrolment.get("id").asText() + "/completion", fields("projectSubmitted", projectSubmitted),
                    "completion/" + enrolment.get("id").asText());
        }
    }

    /** A project found by title among the programme's, or registered (once projects-service has heard of its people). */
    String project(String programme, Map<String, Object> request, String stage, List<String> stages) {
        String title = (String) request.get("title");
        JsonNode project = find(lead.list("/api/v1/projects?programme=" + programme), item -> item.path("title").asText().equals(title))
                .orElseGet(() -> lead.postAwaitingEvents("/api/v1/projects", request, "project/" + programme + "/" + title));
        String id = project.get("id").asText();
        advance(lead, "/api/v1/projects/" + id + "/stage", project.get("stage").asText(), stage, stages, "stage");
        return id;
    }

    void milestone(String project, String title, LocalDate due, LocalDate achieved) {
        String path = "/api/v1/projects/" + project + "/milestones";
        JsonNode milestone = find(lead.list(path), item -> item.path("title").asText().equals(title))
                .orElseGet(() -> lead.post(path, fields("title", title, "dueOn", str(due)), "milestone/" + project + "/" + title));
        if (achieved != null) {
            lead.put(path + "/" + milestone.get("id").asText() + "/achievement", fields("achievedOn", achieved.toString()));
        }
    }

    void pdsaCycle(String project, Map<String, Object> cycle) {
        String path = "/api/v1/projects/" + project + "/pdsa-cycles";
        String title = (String) cycle.get("title");
        if (find(lead.list(path), item -> item.path("title").asText().equals(title)).isEmpty()) {
            lead.post(path, cycle, "pdsa/" + project + "/" + title);
        }
    }

    /** A measure found by name or defined, with its monthly points (recording a period again corrects it). */
    String measure(String project, Map<String, Object> request, List<Synthetic.Point> points) {
        String name = (String) request.get("name");
        String id = find(lead.list("/api/v1/measures?project=" + project), item -> item.path("name").asText().equals(name))
                .orElseGet(() -> lead.post("/api/v1/measures", request, "measure/" + project + "/" + name))
                .get("id").asText();
        List<Map<String, Object>> rows = points.stream().map(p -> fields("date", p.date().toString(), "value", p.value())).toList();
        lead.post("/api/v1/measures/" + id + "/data-points", fields("points", rows), "points/" + id + "/" + rows.size());
        return id;
    }

    void benefit(String project, Map<String, Object> request) {
        String description = (String) request.get("description");
        if (find(lead.list("/api/v1/benefits?project=" + project), item -> item.path("description").asText().equals(description)).isEmpty()) {
            lead.post("/api/v1/benefits", request, "benefit/" + project + "/" + description);
        }
    }

    /** Waits until evaluation-service has heard of the programme and this many of its enrolments. */
    void awaitEvaluation(String programme, int enrolments) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(120);
        while (true) {
            try {
                JsonNode summary = manager.get("/api/v1/evaluation/programmes/" + programme + "/summary");
                if (summary.path("enrolments").path("total").asInt() >= enrolments) {
                    return;
                }
            } catch (DemoApi.Refused notYet) {
                if (notYet.status != 404) {
                    throw notYet;
                }
            }
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("evaluation-service has not heard of programme " + programme + "'s "
                        + enrolments + " enrolments after 2 minutes");
            }
            DemoApi.pause(200);
        }
    }

    /** The Healthcare Leadership Model before and after instruments of a programme (or cohort): [pre, post]. */
    List<String> leadershipModelSurvey(String programme, String cohort) {
        List<JsonNode> instruments = manager.list("/api/v1/evaluation/instruments?programme=" + programme);
        Optional<JsonNode> pre = find(instruments, item -> item.path("title").asText().endsWith("(before)")
                && item.path("cohortId").asText("").equals(cohort == null ? "" : cohort));
        Optional<JsonNode> post = find(instruments, item -> item.path("title").asText().endsWith("(after)")
                && item.path("cohortId").asText("").equals(cohort == null ? "" : cohort));
        if (pre.isPresent() && post.isPresent()) {
            return List.of(pre.get().get("id").asText(), post.get().get("id").asText());
        }
        JsonNode pair = manager.postAwaitingEvents("/api/v1/evaluation/instruments/healthcare-leadership-model",
                fields("programmeId", programme, "cohortId", cohort), "hlm/" + programme + "/" + cohort);
        return List.of(pair.get("pre").get("id").asText(), pair.get("post").get("id").asText());
    }

    String instrument(String programme, Map<String, Object> request) {
        String title = (String) request.get("title");
        return find(manager.list("/api/v1/evaluation/instruments?programme=" + programme), item -> item.path("title").asText().equals(title))
                .orElseGet(() -> manager.postAwaitingEvents("/api/v1/evaluation/instruments", request, "instrument/" + programme + "/" + title))
                .get("id").asText();
    }

    /** One person's answers; a second answer to a one-per-person survey is refused (409) and is already there. */
    void respond(String instrument, String enrolment, List<Map<String, Object>> answers) {
        try {
            manager.postAwaitingEvents("/api/v1/evaluation/instruments/" + instrument + "/responses",
                    fields("enrolmentId", enrolment, "answers", answers), "response/" + instrument + "/" + enrolment);
        } catch (DemoApi.Refused refused) {
            if (refused.status != 409) {
                throw refused;
            }
        }
    }

    void cost(String programme, String category, String description, long amountPence) {
        String path = "/api/v1/evaluation/programmes/" + programme + "/costs";
        if (find(manager.list(path), item -> item.path("description").asText().equals(description)).isEmpty()) {
            manager.post(path, fields("category", category, "description", description, "amountPence", amountPence),
                    "cost/" + programme + "/" + description);
        }
    }

    void independentEvaluation(String programme, Map<String, Object> request) {
        String path = "/api/v1/evaluation/programmes/" + programme + "/independent-evaluations";
        if (find(manager.list(path), item -> item.path("evaluator").asText().equals(request.get("evaluator"))).isEmpty()) {
            manager.post(path, request, "evaluation/" + programme + "/" + request.get("evaluator"));
        }
    }

    /** Moves a lifecycle one step at a time along {@code path} from where it stands to {@code target}. */
    private static void advance(DemoApi caller, String statusPath, String current, String target, List<String> path, String field) {
        for (int step = path.indexOf(current) + 1; step <= path.indexOf(target); step++) {
            caller.put(statusPath, fields(field, path.get(step)));
        }
    }

    private static Optional<JsonNode> find(List<JsonNode> items, Predicate<JsonNode> named) {
        return items.stream().filter(named).findFirst();
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
