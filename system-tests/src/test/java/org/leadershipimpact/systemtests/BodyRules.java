package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.leadershipimpact.systemtests.FuzzRecords.Known;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What makes a valid body valid beyond its schema: rules between a body and the records its path and
 * fields name, and between fields of one body, which the OpenAPI document states only in words. Without
 * them a drawn body breaks one so often that an operation is probed only with refusals (a run of 50,000
 * requests once never recorded a benefit). The general rules first, then, for the few operations whose
 * fields depend on each other, the smallest special case that keeps their valid bodies valid.
 */
final class BodyRules {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The platform reads "today" in England's time (a date "not after today" is one there). */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Random random;

    BodyRules(Random random) {
        this.random = random;
    }

    void apply(Probe probe, FuzzRecords records) {
        if (!(probe.json instanceof ObjectNode body)) {
            return;
        }
        Map<String, String> path = pathValues(probe);
        path.forEach((name, value) -> {
            // a field the path also names (a system's code) is the path's: a record never changes what addresses it
            if (body.has(name)) {
                body.put(name, value);
            }
        });
        Known subject = subject(probe, path, records);
        belongTogether(body, subject, records);
        switch (probe.operation.name()) {
            case "POST /api/v1/benefits", "PUT /api/v1/benefits/{id}" -> claimedBenefit(body);
            case "POST /api/v1/evaluation/instruments/{id}/responses" -> answers(body, subject, subject, records);
            case "PUT /api/v1/evaluation/instruments/{id}/responses/{responseId}" ->
                    answers(body, subject == null ? null : records.find("instruments", subject.parent()), subject, records);
            case "POST /api/v1/measures/{id}/data-points/withdrawal" -> recordedPeriods(body, path.get("id"), records);
            case "POST /api/v1/evaluation/instruments" -> instrument(body);
            default -> {
            }
        }
    }

    /** The path's parameters by name, as the template names them. */
    private static Map<String, String> pathValues(Probe probe) {
        String[] template = probe.operation.path().split("/");
        String[] actual = probe.path.split("/", -1);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < template.length && i < actual.length; i++) {
            if (template[i].startsWith("{")) {
                values.put(template[i].substring(1, template[i].length() - 1), URLDecoder.decode(actual[i], StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** The record the path's last id names, as the write that made it answered; null when the path names none the fuzzer made. */
    private static Known subject(Probe probe, Map<String, String> path, FuzzRecords records) {
        String[] template = probe.operation.path().split("/");
        for (int i = template.length - 1; i > 0; i--) {
            if (template[i].startsWith("{")) {
                return records.find(template[i - 1], path.get(template[i].substring(1, template[i].length() - 1)));
            }
        }
        return null;
    }

    /**
     * The records a body names belong together, as the services require: a correction keeps the project, cohort
     * or respondent of the record it corrects (a record never moves); an attendance mark names an enrolment of
     * the session's cohort, a survey response one of the instrument's programme and cohort, a set's members
     * enrolments of its cohort. So each id is drawn among the known records that agree with the subject and with
     * the ids drawn before it, field by field, where both name a record by the same field.
     */
    private void belongTogether(ObjectNode body, Known subject, FuzzRecords records) {
        Map<String, JsonNode> context = new HashMap<>();
        if (subject != null && subject.record() != null) {
            for (String field : FuzzRecords.referenceFields()) {
                if (subject.record().has(field) && !subject.record().get(field).isContainerNode()) {
                    context.put(field, subject.record().get(field));
                }
            }
        }
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        for (String field : names) {
            String kind = FuzzRecords.kindOfField(field);
            if (kind == null || !body.get(field).isTextual()) {
                continue;
            }
            if (context.containsKey(field)) {
                if (context.get(field).isNull()) {
                    body.remove(field);
                } else {
                    body.set(field, context.get(field));
                }
                continue;
            }
            List<Known> agreeing = agreeing(records.standing(kind), context, field);
            if (!agreeing.isEmpty()) {
                body.put(field, agreeing.get(random.nextInt(agreeing.size())).id());
            }
            context.put(field, body.get(field));
        }
        nested(body, context, records);
    }

    /** Ids inside lists and nested objects, each list's distinct where enough records agree. */
    private void nested(JsonNode node, Map<String, JsonNode> context, FuzzRecords records) {
        for (Map.Entry<String, JsonNode> entry : fields(node)) {
            JsonNode value = entry.getValue();
            String kind = FuzzRecords.kindOfField(entry.getKey());
            if (value.isArray() && kind != null) {
                List<Known> agreeing = new ArrayList<>(agreeing(records.standing(kind), context, entry.getKey()));
                Collections.shuffle(agreeing, random);
                ArrayNode list = (ArrayNode) value;
                for (int i = 0; i < list.size() && i < agreeing.size(); i++) {
                    list.set(i, JSON.textNode(agreeing.get(i).id()));
                }
            } else if (value.isArray()) {
                List<Known> used = new ArrayList<>();
                ArrayNode list = (ArrayNode) value;
                for (int i = list.size() - 1; i >= 0; i--) {
                    if (!idsOfItem(list.get(i), context, records, used) && list.size() > 1) {
                        list.remove(i);
                    }
                }
            } else if (value.isObject()) {
                nested(value, context, records);
            }
        }
    }

    /**
     * An object in a list (an attendance mark): its ids agree with the context and differ from its siblings'; false
     * when too few records agree, so that the list holds only the items that can.
     */
    private boolean idsOfItem(JsonNode item, Map<String, JsonNode> context, FuzzRecords records, List<Known> used) {
        if (!(item instanceof ObjectNode object)) {
            return true;
        }
        for (Map.Entry<String, JsonNode> entry : fields(object)) {
            String kind = FuzzRecords.kindOfField(entry.getKey());
            if (kind != null && entry.getValue().isTextual()) {
                List<Known> agreeing = new ArrayList<>(agreeing(records.standing(kind), context, entry.getKey()));
                agreeing.removeAll(used);
                if (agreeing.isEmpty()) {
                    return false;
                }
                Known chosen = agreeing.get(random.nextInt(agreeing.size()));
                used.add(chosen);
                object.put(entry.getKey(), chosen.id());
            }
        }
        return true;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        return fields;
    }

    private static List<Known> agreeing(List<Known> candidates, Map<String, JsonNode> context, String ownField) {
        return candidates.stream().filter(candidate -> context.entrySet().stream().allMatch(c -> c.getKey().equals(ownField)
                || c.getValue().isNull() || candidate.record() == null || !candidate.record().hasNonNull(c.getKey())
                || candidate.record().get(c.getKey()).equals(c.getValue()))).toList();
    }

    /**
     * A claimed benefit (docs/design/credible-value.md, projects-service's BenefitService): a value in a unit;
     * pounds per unit only beside a source, and never for pounds; a one-off benefit has an end and no drop-off;
     * the end is not before the start; an estimate states its confidence, made not after today. A benefit
     * derived from a measure's chart is left out: it needs a measure of the same project, which the fuzzer does
     * not track (the chart rules are DerivedBenefitTest's).
     */
    private void claimedBenefit(ObjectNode body) {
        body.remove("derivedFromMeasureId");
        if (!body.has("value")) {
            body.put("value", 1 + random.nextInt(100_000));
        }
        if (!body.has("unit")) {
            body.put("unit", random.nextBoolean() ? "GBP" : "bed nights");
        }
        if (body.has("unitValue") != body.has("unitValueSource") || body.get("unit").asText().strip().equalsIgnoreCase("GBP")) {
            body.remove(List.of("unitValue", "unitValueSource"));
        }
        boolean once = !body.has("recurrence") || body.get("recurrence").asText().equals("ONCE");
        if (once) {
            body.remove("annualDropOff");
        }
        LocalDate start = LocalDate.parse(body.get("periodStart").asText());
        if (once && !body.has("periodEnd")) {
            body.put("periodEnd", start.plusMonths(12).toString());
        }
        if (body.has("periodEnd") && LocalDate.parse(body.get("periodEnd").asText()).isBefore(start)) {
            body.put("periodEnd", start.toString());
        }
        if (body.get("attribution") instanceof ObjectNode attribution) {
            if (!attribution.has("confidence") && !List.of("CONTROL_GROUP", "TREND_LINE_ANALYSIS", "FORECASTING")
                    .contains(attribution.path("method").asText())) {
                attribution.put("confidence", random.nextInt(101));
            }
            LocalDate today = LocalDate.now(LONDON);
            if (LocalDate.parse(attribution.get("estimatedOn").asText()).isAfter(today)) {
                attribution.put("estimatedOn", today.toString());
            }
        }
    }

    /**
     * An instrument's questions (evaluation-service's Surveys): their codes differ; choices, two or more, are only for
     * a SINGLE_CHOICE question, bounds only for a NUMBER one, the smaller first; and one response per person is kept
     * only where respondents are identified.
     */
    private static void instrument(ObjectNode body) {
        int number = 0;
        for (JsonNode asked : body.path("questions")) {
            if (!(asked instanceof ObjectNode question)) {
                continue;
            }
            question.put("code", "Q" + ++number);
            String type = question.path("type").asText();
            question.remove("choices");
            if (type.equals("SINGLE_CHOICE")) {
                question.putArray("choices").add("Yes").add("No").add("Not sure");
            }
            if (!type.equals("NUMBER")) {
                question.remove(List.of("minimum", "maximum"));
            } else if (question.has("minimum") && question.has("maximum")
                    && question.get("minimum").asDouble() > question.get("maximum").asDouble()) {
                question.set("maximum", question.get("minimum"));
            }
        }
        if (body.path("respondents").asText().equals("ANONYMOUS")) {
            body.remove("onePerPerson");
        }
    }

    /**
     * A survey response answers its instrument's questions (evaluation-service's Surveys): every required one and
     * some others, each as its type takes it; it names an enrolment when the instrument is identified and none
     * when anonymous.
     */
    private void answers(ObjectNode body, Known instrument, Known subject, FuzzRecords records) {
        if (instrument == null || instrument.record() == null) {
            return;
        }
        JsonNode asked = instrument.record();
        ArrayNode answers = body.putArray("answers");
        for (JsonNode question : asked.path("questions")) {
            if (!question.path("required").asBoolean() && random.nextBoolean()) {
                continue;
            }
            ObjectNode answer = answers.addObject().put("question", question.path("code").asText());
            switch (question.path("type").asText()) {
                case "LIKERT_5" -> answer.put("number", 1 + random.nextInt(5));
                case "NUMBER" -> answer.put("number", question.hasNonNull("minimum") ? question.get("minimum").asDouble()
                        : question.hasNonNull("maximum") ? question.get("maximum").asDouble() : random.nextInt(100));
                case "SINGLE_CHOICE" -> answer.put("text", question.path("choices").path(random.nextInt(Math.max(1,
                        question.path("choices").size()))).asText());
                default -> answer.put("text", "Fuzzed answer " + random.nextInt(1000));
            }
        }
        if (answers.isEmpty() && asked.path("questions").size() > 0) {
            JsonNode first = asked.path("questions").get(0);
            answers.addObject().put("question", first.path("code").asText()).put("text", "Fuzzed answer");
        }
        if (subject != instrument) {
            // a correction keeps the respondent, who is absent from an anonymous response as answered
            JsonNode respondent = subject == null || subject.record() == null ? null : subject.record().get("enrolmentId");
            if (respondent == null || respondent.isNull()) {
                body.remove("enrolmentId");
            } else {
                body.set("enrolmentId", respondent);
            }
            return;
        }
        if (asked.path("respondents").asText().equals("ANONYMOUS")) {
            body.remove("enrolmentId");
        } else if (!body.has("enrolmentId")) {
            Map<String, JsonNode> context = new HashMap<>();
            context.put("programmeId", asked.path("programmeId"));
            context.put("cohortId", asked.path("cohortId"));
            List<Known> agreeing = agreeing(records.standing("enrolments"), context, "enrolmentId");
            if (!agreeing.isEmpty()) {
                body.put("enrolmentId", agreeing.get(random.nextInt(agreeing.size())).id());
            }
        }
    }

    /** Points withdrawn are points recorded: of those the fuzzer recorded for the measure, some. */
    private void recordedPeriods(ObjectNode body, String measureId, FuzzRecords records) {
        List<String> recorded = new ArrayList<>(records.periods(measureId));
        if (recorded.isEmpty()) {
            return;
        }
        Collections.shuffle(recorded, random);
        ArrayNode periods = body.putArray("periods");
        recorded.subList(0, 1 + random.nextInt(Math.min(3, recorded.size()))).forEach(periods::add);
    }
}
