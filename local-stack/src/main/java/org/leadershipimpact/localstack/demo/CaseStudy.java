package org.leadershipimpact.localstack.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One case study as data: the organisations it names, then what happens, step by step. The steps keep
 * the order in which {@link Synthetic} invents, so a case study loads the same world every time;
 * {@link CaseStudyLoader} turns them into API calls. Ids are not known until then, so fields name
 * records by reference ({@link Org}, {@link CohortOf}, {@link Participants}, {@link MeasureOf}).
 */
record CaseStudy(String heading, String seed, String system, List<Organisation> organisations, List<Step> steps) {

    record Organisation(String name, String type) {
    }

    sealed interface Step permits Programme, Cohort, Project, LeadershipModel, Reaction, Cost, IndependentEvaluation, Finish {
    }

    /** A programme of the case study's system: the steps after it, up to the next programme, are of it. */
    record Programme(Map<String, Object> fields) implements Step {
    }

    /**
     * A cohort run: its sessions, the people invented for it (enrolled, on the accredited pathway by
     * chance when {@code accredited}), every register taken, and, when it has {@code finished}, those
     * who attended enough completed.
     */
    record Cohort(String name, int capacity, LocalDate start, LocalDate end, List<Synthetic.Session> sessions, People people,
            boolean accredited, boolean finished) implements Step {
    }

    /** {@code count} people, the roles taken in turn by their weights. */
    record People(int count, List<Role> roles, List<Integer> weights) {
    }

    /** A profession, its sector, the organisations (by name) its people work at, and their job title. */
    record Role(String profession, String sector, List<String> organisations, String jobTitle) {
    }

    /** A project of the programme, moved on to {@code stage}, with what was recorded of it. */
    record Project(Map<String, Object> fields, String stage, List<Milestone> milestones, List<Map<String, Object>> cycles,
            List<Measure> measures, List<Map<String, Object>> benefits) implements Step {
    }

    record Milestone(String title, LocalDate due, LocalDate achieved) {
    }

    /** A measure and the monthly points invented for it. */
    record Measure(Map<String, Object> fields, Monthly points) {
    }

    /** See {@link Synthetic#monthly}. */
    record Monthly(LocalDate first, int months, double before, double after, LocalDate change, double sd) {
    }

    /**
     * The Healthcare Leadership Model before and after, answered by the people of one cohort: the
     * cohort's own pair of instruments, or the programme's when {@code wholeProgramme}.
     */
    record LeadershipModel(int cohort, boolean wholeProgramme) implements Step {
    }

    /** A reaction survey answered once by every enrolment of the programme. */
    record Reaction(Map<String, Object> instrument, List<Agreement> answers) implements Step {
    }

    /** A question everyone agrees with: 5 (strongly) by this chance, 4 otherwise. */
    record Agreement(String question, double chanceOfStrongly) {
    }

    record Cost(String category, String description, long amountPence) implements Step {
    }

    record IndependentEvaluation(Map<String, Object> fields) implements Step {
    }

    /** The programme moves on to COMPLETED. */
    record Finish() implements Step {
    }

    /** The id of the case study's organisation of this name. */
    record Org(String name) {
    }

    /** The id of the programme's cohort, counted from 0 in the order they were run. */
    record CohortOf(int index) {
    }

    /** The ids of that cohort's people {@code from} (inclusive) {@code to} (exclusive), in the order they were invented. */
    record Participants(int cohort, int from, int to) {
    }

    /** The id of the project's measure of this name. */
    record MeasureOf(String name) {
    }
}
