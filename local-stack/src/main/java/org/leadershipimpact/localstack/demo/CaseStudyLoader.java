package org.leadershipimpact.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.leadershipimpact.localstack.demo.CaseStudy.CohortOf;
import org.leadershipimpact.localstack.demo.CaseStudy.MeasureOf;
import org.leadershipimpact.localstack.demo.CaseStudy.Org;
import org.leadershipimpact.localstack.demo.CaseStudy.Participants;
import org.leadershipimpact.localstack.demo.CaseStudy.Step;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.leadershipimpact.localstack.demo.DemoLoader.fields;

/** Loads case studies, each step in its turn, through {@link DemoLoader}. */
final class CaseStudyLoader {

    static final List<String> HLM_DIMENSIONS = List.of("HLM1", "HLM2", "HLM3", "HLM4", "HLM5", "HLM6", "HLM7", "HLM8", "HLM9");
    private static final List<String> PROJECT_STAGES = List.of("IDEA", "SCOPING", "IMPLEMENTATION", "SUSTAINING", "CLOSED");

    private final DemoLoader api;
    private final PrintStream out;
    private final Map<String, Integer> thresholds = new LinkedHashMap<>();

    CaseStudyLoader(DemoLoader api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /** The systems, then every case study in order. */
    void load(List<CaseStudies.HealthSystem> systems, List<CaseStudy> caseStudies) {
        systems.forEach(s -> api.system(s.code(), s.name(), s.kind(), s.region()));
        caseStudies.forEach(caseStudy -> new Loading(caseStudy).load());
    }

    /** One case study being loaded: the ids its steps have made so far. */
    private final class Loading {

        private final CaseStudy caseStudy;
        private final Synthetic invent;
        private final Map<String, String> organisations = new HashMap<>();
        private final Map<String, String> measures = new HashMap<>();
        private final List<Cohort> runs = new ArrayList<>();
        private String programme;

        Loading(CaseStudy caseStudy) {
            this.caseStudy = caseStudy;
            this.invent = new Synthetic(caseStudy.seed());
        }

        void load() {
            out.println("  " + caseStudy.heading() + " ...");
            caseStudy.organisations().forEach(o -> organisations.put(o.name(), api.organisation(caseStudy.system(), o.name(), o.type())));
            caseStudy.steps().forEach(this::take);
        }

        private void take(Step step) {
            if (step instanceof CaseStudy.Programme p) {
                programme = api.programme(caseStudy.system(), resolve(with(p.fields(), "systemCode", caseStudy.system())));
                runs.clear();
            } else if (step instanceof CaseStudy.Cohort c) {
                runs.add(run(c));
            } else if (step instanceof CaseStudy.Project p) {
                project(p);
            } else if (step instanceof CaseStudy.LeadershipModel survey) {
                Cohort run = runs.get(survey.cohort());
                leadershipModel(survey.wholeProgramme() ? null : run.cohort, run);
            } else if (step instanceof CaseStudy.Reaction reaction) {
                react(reaction);
            } else if (step instanceof CaseStudy.Cost cost) {
                api.cost(programme, cost.category(), cost.description(), cost.amountPence());
            } else if (step instanceof CaseStudy.IndependentEvaluation evaluation) {
                api.independentEvaluation(programme, resolve(evaluation.fields()));
            } else if (step instanceof CaseStudy.Finish) {
                api.finishProgramme(programme);
            }
        }

        private Cohort run(CaseStudy.Cohort wanted) {
            String cohort = api.cohort(programme, wanted.name(), wanted.capacity(), wanted.start(), wanted.end());
            List<String> sessions = api.sessions(cohort, wanted.sessions());
            List<Synthetic.Role> roles = wanted.people().roles().stream().map(role -> new Synthetic.Role(role.profession(), role.sector(),
                    role.organisations().stream().map(this::organisation).toList(), role.jobTitle())).toList();
            List<Synthetic.Person> people = invent.people(wanted.people().count(), roles, wanted.people().weights());
            return runCohort(caseStudy.system(), cohort, sessions, people, wanted.accredited(), wanted.finished());
        }

        private void project(CaseStudy.Project wanted) {
            String project = api.project(programme, resolve(with(wanted.fields(), "systemCode", caseStudy.system(),
                    "originProgrammeId", programme)), wanted.stage(), PROJECT_STAGES);
            wanted.milestones().forEach(m -> api.milestone(project, m.title(), m.due(), m.achieved()));
            wanted.cycles().forEach(cycle -> api.pdsaCycle(project, resolve(cycle)));
            for (CaseStudy.Measure measure : wanted.measures()) {
                CaseStudy.Monthly m = measure.points();
                measures.put((String) measure.fields().get("name"), api.measure(project, resolve(with(measure.fields(), "projectId", project)),
                        invent.monthly(m.first(), m.months(), m.before(), m.after(), m.change(), m.sd())));
            }
            wanted.benefits().forEach(benefit -> api.benefit(project, resolve(with(benefit, "projectId", project))));
        }

        /**
         * Registers the people, enrols them, takes every register (a few withdraw half-way), and, when
         * the cohort has finished, completes those who attended enough.
         */
        private Cohort runCohort(String system, String cohort, List<String> sessions, List<Synthetic.Person> people,
                boolean accredited, boolean finished) {
            Map<String, String> ids = api.participants(system, people);
            List<String> participantIds = people.stream().map(person -> ids.get(person.email())).toList();
            Map<String, String> pathways = new LinkedHashMap<>();
            participantIds.forEach(id -> pathways.put(id, accredited && invent.chance(0.45) ? "ACCREDITED" : "CORE"));
            Map<String, JsonNode> enrolled = api.enrolments(programme, cohort, participantIds, pathways);
            List<JsonNode> enrolments = participantIds.stream().map(enrolled::get).toList();
            int[] present = new int[enrolments.size()];
            int[] withdrawsAfter = new int[enrolments.size()];
            double[] commitment = new double[enrolments.size()];
            for (int e = 0; e < enrolments.size(); e++) {
                commitment[e] = invent.commitment();
                withdrawsAfter[e] = invent.chance(0.04) ? sessions.size() / 2 : sessions.size();
            }
            for (int s = 0; s < sessions.size(); s++) {
                Map<JsonNode, String> marks = new LinkedHashMap<>();
                for (int e = 0; e < enrolments.size(); e++) {
                    String mark = invent.mark(commitment[e]);
                    if (s < withdrawsAfter[e]) {
                        marks.put(enrolments.get(e), mark);
                        present[e] += mark.equals("PRESENT") ? 1 : 0;
                    }
                }
                if (finished || s < sessions.size() / 2) {
                    api.register(sessions.get(s), marks);
                }
            }
            List<JsonNode> completed = new ArrayList<>();
            for (int e = 0; e < enrolments.size(); e++) {
                JsonNode enrolment = enrolments.get(e);
                boolean submitted = invent.chance(0.85);
                if (withdrawsAfter[e] < sessions.size()) {
                    if (!enrolment.path("status").asText().equals("WITHDRAWN")) {
                        api.withdraw(enrolment);
                    }
                } else if (finished && present[e] * 100 >= threshold(programme) * sessions.size()) {
                    api.complete(enrolment, submitted);
                    completed.add(enrolment);
                }
            }
            return new Cohort(cohort, participantIds, enrolments, completed);
        }

        /** The Healthcare Leadership Model before (most enrolled people) and after (most who completed). */
        private void leadershipModel(String cohort, Cohort run) {
            api.awaitEvaluation(programme, run.enrolments.size());
            List<String> pair = api.leadershipModelSurvey(programme, cohort);
            for (JsonNode enrolment : run.enrolments) {
                double self = invent.gaussian(2.9, 0.45);
                double gain = invent.gaussian(0.55, 0.3);
                boolean before = invent.chance(0.92);
                boolean after = run.completed.contains(enrolment) && invent.chance(0.85);
                List<Map<String, Object>> pre = new ArrayList<>();
                List<Map<String, Object>> post = new ArrayList<>();
                for (String question : HLM_DIMENSIONS) {
                    double dimension = invent.gaussian(0, 0.25);
                    pre.add(fields("question", question, "number", invent.likert(self + dimension)));
                    post.add(fields("question", question, "number", invent.likert(self + dimension + gain)));
                }
                if (before) {
                    api.respond(pair.get(0), enrolment.get("id").asText(), pre);
                }
                if (after) {
                    api.respond(pair.get(1), enrolment.get("id").asText(), post);
                }
            }
        }

        private void react(CaseStudy.Reaction reaction) {
            String instrument = api.instrument(programme, resolve(with(reaction.instrument(), "programmeId", programme)));
            api.awaitEvaluation(programme, runs.stream().mapToInt(run -> run.enrolments.size()).sum());
            for (Cohort run : runs) {
                for (JsonNode enrolment : run.enrolments) {
                    api.respond(instrument, enrolment.get("id").asText(), reaction.answers().stream()
                            .map(a -> fields("question", a.question(), "number", invent.chance(a.chanceOfStrongly()) ? 5 : 4)).toList());
                }
            }
        }

        private int threshold(String programme) {
            return thresholds.computeIfAbsent(programme, api::programmeThreshold);
        }

        private String organisation(String name) {
            String id = organisations.get(name);
            if (id == null) {
                throw new IllegalStateException(caseStudy.heading() + " names no organisation " + name);
            }
            return id;
        }

        /** The fields with every reference replaced by the id it stands for. */
        @SuppressWarnings("unchecked")
        private <T> T resolve(T value) {
            if (value instanceof Org org) {
                return (T) organisation(org.name());
            }
            if (value instanceof CohortOf cohort) {
                return (T) runs.get(cohort.index()).cohort;
            }
            if (value instanceof Participants people) {
                return (T) runs.get(people.cohort()).participantIds.subList(people.from(), people.to());
            }
            if (value instanceof MeasureOf measure) {
                return (T) measures.get(measure.name());
            }
            if (value instanceof Map<?, ?> map) {
                Map<Object, Object> resolved = new LinkedHashMap<>();
                map.forEach((name, field) -> resolved.put(name, resolve(field)));
                return (T) resolved;
            }
            if (value instanceof List<?> list) {
                return (T) list.stream().map(this::resolve).toList();
            }
            return value;
        }
    }

    /** The fields, and these too. */
    private static Map<String, Object> with(Map<String, Object> fields, Object... namesAndValues) {
        Map<String, Object> more = new LinkedHashMap<>(fields);
        more.putAll(fields(namesAndValues));
        return more;
    }

    /** One cohort's enrolments and its people's ids, in the order they were invented. */
    private record Cohort(String cohort, List<String> participantIds, List<JsonNode> enrolments, List<JsonNode> completed) {
    }
}
