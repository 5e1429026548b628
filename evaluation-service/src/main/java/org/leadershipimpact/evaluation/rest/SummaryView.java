package org.leadershipimpact.evaluation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.evaluation.service.Disclosure;
import org.leadershipimpact.evaluation.service.Figures;
import org.leadershipimpact.evaluation.tally.TallyChange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline figures of a system, programme, cohort, funding source or the nation. Counts a
 * caller may not see (small-count suppression) are null.
 */
@Schema(name = "Summary", description = "Pre-aggregated figures, kept up to date from the other services' events (eventually consistent)")
public record SummaryView(
        @Schema(example = "PROGRAMME") String scope,
        @Schema(description = "The system code, programme or cohort id, or funding source") String key,
        @Schema(description = "What the scope is called, where known", example = "Surrey 500") String name,
        Programmes programmes,
        Long cohorts,
        Long sessions,
        Participants participants,
        Enrolments enrolments,
        Attendance attendance,
        Credits credits,
        Projects projects,
        Benefits benefits,
        Signals spcSignals,
        @Schema(description = "Counts of people from 1 up to this threshold are withheld from this caller; null when nothing is withheld")
        Integer suppressedBelow) {

    @Schema(name = "SummaryProgrammes")
    public record Programmes(Long total, Map<String, Long> byStatus, Map<String, Long> byKind,
            @Schema(description = "Funding of the programmes, in pence") long fundingPence) {
    }

    @Schema(name = "SummaryParticipants", description = "In a system or nationally: people registered, each once. "
            + "In a programme, cohort or funding source: people enrolled (someone on two programmes of one source counts twice).")
    public record Participants(Long total, Map<String, Long> byProfession, Map<String, Long> bySector,
            @Schema(description = "Distinct organisations the participants come from") long organisationsReached,
            @Schema(description = "Distinct sectors the participants come from") long sectorsReached) {
    }

    @Schema(name = "SummaryEnrolments")
    public record Enrolments(Long total, Map<String, Long> byStatus, Map<String, Long> byPathway,
            @Schema(description = "Completed enrolments as a percentage of all", example = "82.5") BigDecimal completionRatePercent,
            @Schema(description = "Withdrawn enrolments as a percentage of all", example = "7.5") BigDecimal withdrawalRatePercent) {
    }

    @Schema(name = "SummaryAttendance")
    public record Attendance(long marks, long present, long absent, long apologies,
            @Schema(description = "Present marks as a percentage of all marks", example = "87.3") BigDecimal ratePercent) {
    }

    @Schema(name = "SummaryCredits")
    public record Credits(@Schema(description = "Enrolments completed with credit") Long awarded,
            @Schema(description = "Credits awarded in total") long total) {
    }

    @Schema(name = "SummaryProjects")
    public record Projects(long total, Map<String, Long> byStage, Map<String, Long> byTheme) {
    }

    @Schema(name = "SummaryBenefits", description = "Benefits as reported; unlike units are never added together")
    public record Benefits(long total, Map<String, Long> byCategory, Map<String, Long> byEvidenceLevel, List<BenefitTotal> totals) {
    }

    @Schema(name = "SummaryBenefitTotal")
    public record BenefitTotal(@Schema(example = "CAPACITY") String category, @Schema(example = "bed nights") String unit,
            @Schema(example = "3600") BigDecimal value) {
    }

    @Schema(name = "SummarySignals", description = "SPC special causes announced for the measures of projects in scope")
    public record Signals(long total, Map<String, Long> bySignal, Map<String, Long> byPointType) {
    }

    public static SummaryView of(String scope, String key, String name, Figures f, Disclosure disclosure) {
        long enrolments = f.count("enrolments");
        long marks = f.count("attendance", "PRESENT") + f.count("attendance", "ABSENT") + f.count("attendance", "APOLOGIES");
        List<BenefitTotal> totals = new ArrayList<>();
        f.items("benefits.value").forEach((categoryAndUnit, value) -> {
            String[] parts = categoryAndUnit.split("\\|", 2);
            totals.add(new BenefitTotal(parts[0], parts.length > 1 ? parts[1] : "", value));
        });
        return new SummaryView(scope, key, name,
                new Programmes(f.count("programmes"), plain(f, "programmes.status"), plain(f, "programmes.kind"),
                        f.count("funding.pence")),
                f.count("cohorts"),
                f.count("sessions"),
                new Participants(disclosure.count(f.count("participants")), people(f, "participants.profession", disclosure),
                        people(f, "participants.sector", disclosure), f.items("organisations").size(),
                        f.items("participants.sector").keySet().stream().filter(s -> !TallyChange.UNKNOWN.equals(s)).count()),
                new Enrolments(disclosure.count(enrolments), people(f, "enrolments.status", disclosure),
                        people(f, "enrolments.pathway", disclosure),
                        rate(f.count("enrolments.status", "COMPLETED"), enrolments, disclosure),
                        rate(f.count("enrolments.status", "WITHDRAWN"), enrolments, disclosure)),
                new Attendance(marks, f.count("attendance", "PRESENT"), f.count("attendance", "ABSENT"),
                        f.count("attendance", "APOLOGIES"), percent(f.count("attendance", "PRESENT"), marks)),
                new Credits(disclosure.count(f.count("credits.awarded")), f.count("credits.total")),
                new Projects(f.count("projects"), plain(f, "projects.stage"), plain(f, "projects.theme")),
                new Benefits(f.count("benefits"), plain(f, "benefits.category"), plain(f, "benefits.evidence"), totals),
                new Signals(f.count("signals"), plain(f, "signals.signal"), plain(f, "signals.pointType")),
                disclosure.threshold());
    }

    private static Map<String, Long> plain(Figures f, String metric) {
        Map<String, Long> counts = new LinkedHashMap<>();
        f.items(metric).forEach((item, amount) -> counts.put(item, amount.longValue()));
        return counts;
    }

    /** Counts of people, each withheld when small enough to single someone out. */
    private static Map<String, Long> people(Figures f, String metric, Disclosure disclosure) {
        Map<String, Long> counts = new LinkedHashMap<>();
        f.items(metric).forEach((item, amount) -> counts.put(item, disclosure.count(amount.longValue())));
        return counts;
    }

    /** A rate over people is withheld with its denominator, or its numerator could be worked back. */
    private static BigDecimal rate(long part, long whole, Disclosure disclosure) {
        if (disclosure.withheld(whole) || disclosure.withheld(part)) {
            return null;
        }
        return percent(part, whole);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
