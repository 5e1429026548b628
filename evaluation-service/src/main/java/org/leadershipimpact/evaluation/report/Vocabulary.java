package org.leadershipimpact.evaluation.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one list of words the platform's codes are shown with: the report pages read it, and the
 * OpenAPI document's descriptions are written from it ({@code rest/LabelledCodes}), so an integrator
 * sees the words a chief executive reads. Each vocabulary names the fields that carry its codes.
 */
public enum Vocabulary {

    PROFESSION(List.of("byProfession"), Map.ofEntries(
            Map.entry("GP", "GP"), Map.entry("CONSULTANT", "Consultant"), Map.entry("NURSE", "Nurse"),
            Map.entry("NURSE_PRACTITIONER", "Nurse practitioner"), Map.entry("MIDWIFE", "Midwife"), Map.entry("PHARMACIST", "Pharmacist"),
            Map.entry("THERAPIST", "Therapist"), Map.entry("PARAMEDIC", "Paramedic"), Map.entry("PRACTICE_MANAGER", "Practice manager"),
            Map.entry("MANAGER", "Manager"), Map.entry("COMMISSIONER", "Commissioner"), Map.entry("SOCIAL_WORKER", "Social worker"),
            Map.entry("CARE_WORKER", "Care worker"), Map.entry("POLICE_OFFICER", "Police officer"),
            Map.entry("ARMED_FORCES", "Armed forces"), Map.entry("VOLUNTARY_SECTOR_WORKER", "Voluntary sector worker"),
            Map.entry("ADMINISTRATOR", "Administrator"), Map.entry("OTHER", "Other profession"), Map.entry("UNKNOWN", "Not recorded"))),
    SECTOR(List.of("bySector"), Map.ofEntries(
            Map.entry("NHS_PRIMARY_CARE", "NHS primary care"), Map.entry("NHS_ACUTE", "NHS acute hospitals"),
            Map.entry("NHS_COMMUNITY", "NHS community services"), Map.entry("NHS_MENTAL_HEALTH", "NHS mental health"),
            Map.entry("NHS_COMMISSIONING", "NHS commissioning"), Map.entry("SOCIAL_CARE", "Social care"),
            Map.entry("LOCAL_AUTHORITY", "Local authority"), Map.entry("VOLUNTARY", "Voluntary sector"),
            Map.entry("OTHER_PUBLIC_SECTOR", "Other public sector"), Map.entry("OTHER", "Other sector"),
            Map.entry("UNKNOWN", "Not recorded"))),
    PROJECT_STAGE(List.of("byStage", "projectsByStage", "ProjectReport.stage"), Map.ofEntries(
            Map.entry("IDEA", "Idea"), Map.entry("SCOPING", "Scoping"), Map.entry("BUSINESS_CASE", "Business case"),
            Map.entry("IMPLEMENTATION", "Implementation"), Map.entry("SUSTAINING", "Sustaining"), Map.entry("CLOSED", "Closed"),
            Map.entry("ABANDONED", "Abandoned"), Map.entry("UNKNOWN", "Not recorded"))),
    THEME(List.of("byTheme", "projectsByTheme", "ProjectReport.theme"), Map.ofEntries(
            Map.entry("COPD", "Chronic obstructive pulmonary disease (COPD)"), Map.entry("HEART_FAILURE", "Heart failure"),
            Map.entry("DIABETES", "Diabetes"), Map.entry("END_OF_LIFE", "End of life care"), Map.entry("DEMENTIA", "Dementia"),
            Map.entry("MEDICINES_OPTIMISATION", "Medicines optimisation"), Map.entry("CHILDRENS_SERVICES", "Children's services"),
            Map.entry("CONTINENCE", "Continence"), Map.entry("FRAILTY", "Frailty"), Map.entry("MATERNITY", "Maternity"),
            Map.entry("URGENT_CARE", "Urgent care"), Map.entry("PRIMARY_CARE_ACCESS", "Access to primary care"),
            Map.entry("OTHER", "Other theme"), Map.entry("UNKNOWN", "No theme recorded"))),
    BENEFIT_CATEGORY(List.of("byCategory", "ReportBenefitLine.category", "ReportBenefitValue.category", "ReportProjectBenefit.category",
            "SummaryBenefitTotal.category"), Map.ofEntries(
            Map.entry("PATIENT_OUTCOME", "Patient outcomes"), Map.entry("PATIENT_EXPERIENCE", "Patient experience"),
            Map.entry("CAPACITY", "Capacity released"), Map.entry("FINANCIAL", "Financial"), Map.entry("ACTIVITY", "Activity"),
            Map.entry("WORKFORCE", "Workforce"))),
    EVIDENCE_LEVEL(List.of("byEvidenceLevel", "evidenceLevel"), Map.ofEntries(
            Map.entry("SELF_REPORTED", "Self-reported"), Map.entry("AUDITED", "Audited"),
            Map.entry("INDEPENDENTLY_EVALUATED", "Independently evaluated"))),
    RECURRENCE(List.of("recurrence"), Map.ofEntries(
            Map.entry("ONCE", "once"), Map.entry("MONTHLY", "every month"), Map.entry("ANNUAL", "every year"))),
    ISOLATION_METHOD(List.of("ReportAttribution.method"), Map.ofEntries(
            Map.entry("CONTROL_GROUP", "Control group"), Map.entry("TREND_LINE_ANALYSIS", "Trend line analysis"),
            Map.entry("FORECASTING", "Forecasting"), Map.entry("PARTICIPANTS_ESTIMATE", "Participants' estimate"),
            Map.entry("MANAGERS_ESTIMATE", "Managers' estimate"), Map.entry("EXPERTS_ESTIMATE", "Experts' estimate"),
            Map.entry("OTHER", "Other method"))),
    ATTRIBUTION(List.of("ReportParameters.attribution"), Map.ofEntries(
            Map.entry("ADJUSTED", "adjusted for the programme's share and the confidence in it"),
            Map.entry("CLAIMED", "as claimed, with no share isolated"))),
    VALUE_STATUS(List.of("ReportBenefitValue.status"), Map.ofEntries(
            Map.entry("COUNTED", "Counted"), Map.entry("NOT_ISOLATED", "Not isolated: counts £0"),
            Map.entry("BELOW_EVIDENCE", "Evidence below the level chosen"), Map.entry("OUTSIDE_PERIOD", "Outside the benefit horizon"),
            Map.entry("NOT_DERIVED", "Its chart shows no real improvement"), Map.entry("INTANGIBLE", "Not in money (intangible)"))),
    DERIVATION(List.of("ReportDerivation.status"), Map.ofEntries(
            Map.entry("DERIVED", "derived"), Map.entry("NO_IMPROVEMENT", "no special cause improvement"),
            Map.entry("NO_BASELINE", "no baseline to compare with"), Map.entry("TOO_FEW_POINTS", "too few points before or after"),
            Map.entry("NOT_MONTHLY", "points not a month apart"), Map.entry("NO_DIRECTION", "the measure has no direction of improvement"),
            Map.entry("MEASURE_WITHDRAWN", "the measure was withdrawn"))),
    POINT_TYPE(List.of("byPointType", "spcSignalsByPointType", "variation"), Map.ofEntries(
            Map.entry("COMMON_CAUSE", "Common cause variation"), Map.entry("SPECIAL_CAUSE_IMPROVEMENT", "Special cause improvement"),
            Map.entry("SPECIAL_CAUSE_CONCERN", "Special cause concern"),
            Map.entry("SPECIAL_CAUSE_NEUTRAL_HIGH", "Special cause, neither improvement nor concern (higher)"),
            Map.entry("SPECIAL_CAUSE_NEUTRAL_LOW", "Special cause, neither improvement nor concern (lower)"))),
    SIGNAL(List.of("bySignal"), Map.ofEntries(
            Map.entry("ABOVE_UPPER_LIMIT", "A point above the upper process limit"),
            Map.entry("BELOW_LOWER_LIMIT", "A point below the lower process limit"),
            Map.entry("TREND_INCREASING", "Six points in a row increasing"), Map.entry("TREND_DECREASING", "Six points in a row decreasing"),
            Map.entry("TWO_OF_THREE_ABOVE", "Two of three points near the upper limit"),
            Map.entry("TWO_OF_THREE_BELOW", "Two of three points near the lower limit"),
            Map.entry("SHIFT_ABOVE", "Seven points in a row above the mean"), Map.entry("SHIFT_BELOW", "Seven points in a row below the mean"),
            Map.entry("COMMON_CAUSE", "Common cause variation"))),
    ASSURANCE(List.of("assurance"), Map.ofEntries(
            Map.entry("CONSISTENT_PASS", "Consistently passes the target"), Map.entry("HIT_AND_MISS", "Hits and misses the target"),
            Map.entry("CONSISTENT_FAIL", "Consistently fails the target"))),
    PDSA_ACT(List.of("ReportPdsaCycle.act"), Map.ofEntries(
            Map.entry("ADOPT", "Adopted"), Map.entry("ADAPT", "Adapted for another cycle"), Map.entry("ABANDON", "Abandoned"))),
    COST_CATEGORY(List.of("ReportCostLine.category", "CostView.category", "CostRequest.category"), Map.ofEntries(
            Map.entry("DELIVERY", "Delivery"), Map.entry("PARTICIPANT_TIME", "Participants' time"), Map.entry("BACKFILL", "Backfill"),
            Map.entry("VENUE_AND_TRAVEL", "Venues and travel"), Map.entry("MATERIALS", "Materials"),
            Map.entry("ADMINISTRATION", "Administration"), Map.entry("EVALUATION", "Evaluation"), Map.entry("OTHER", "Other cost")));

    private final List<String> fields;
    private final Map<String, String> labels;

    Vocabulary(List<String> fields, Map<String, String> labels) {
        this.fields = fields;
        this.labels = labels;
    }

    /**
     * The label of a code. A code this list does not know yet (added upstream later) is still shown in
     * words, from its own name, rather than raw.
     */
    public String label(String code) {
        if (code == null) {
            return "Not recorded";
        }
        String label = labels.get(code);
        if (label != null) {
            return label;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Every code with its label, in a stable order: for documentation and for tests. */
    public Map<String, String> labels() {
        Map<String, String> sorted = new LinkedHashMap<>();
        labels.keySet().stream().sorted().forEach(code -> sorted.put(code, labels.get(code)));
        return sorted;
    }

    /**
     * The JSON fields whose values (or, for a map, whose keys) are codes of this vocabulary: a property
     * name wherever it appears, or {@code Schema.property} where the name means different things.
     */
    public List<String> fields() {
        return fields;
    }
}
