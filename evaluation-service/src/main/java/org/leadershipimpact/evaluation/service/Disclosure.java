package org.leadershipimpact.evaluation.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.leadershipimpact.evaluation.api.SummaryView;
import org.leadershipimpact.evaluation.api.SummaryView.Attendance;
import org.leadershipimpact.evaluation.api.SummaryView.BenefitTotal;
import org.leadershipimpact.evaluation.api.SummaryView.Benefits;
import org.leadershipimpact.evaluation.api.SummaryView.Credits;
import org.leadershipimpact.evaluation.api.SummaryView.Enrolments;
import org.leadershipimpact.evaluation.api.SummaryView.Participants;
import org.leadershipimpact.evaluation.api.SummaryView.Programmes;
import org.leadershipimpact.evaluation.api.SummaryView.Projects;
import org.leadershipimpact.evaluation.api.SummaryView.Signals;
import org.leadershipimpact.evaluation.tally.TallyChange;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.security.Roles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-count suppression for figures published to analysts: a count of people below the threshold
 * is withheld (shown as null), so nobody can be singled out from a breakdown. Off (0) by default;
 * those who run the programmes see every count. A scope's {@link SummaryView} is made here, so that
 * no summary leaves without the withholding applied.
 */
@RequestScoped
public class Disclosure {

    @Inject
    Caller caller;

    @ConfigProperty(name = "lip.evaluation.suppress-below", defaultValue = "0")
    int threshold;

    /** The threshold in force for this caller, or null when nothing is withheld from them. */
    public Integer threshold() {
        return applies() ? threshold : null;
    }

    public boolean applies() {
        return threshold > 0 && caller.hasRole(Roles.ANALYST) && !caller.isNational();
    }

    /** The count, or null when it is small enough to single someone out. */
    public Long count(long n) {
        return withheld(n) ? null : n;
    }

    public boolean withheld(long n) {
        return applies() && n > 0 && n < threshold;
    }

    /** The headline figures of a scope as this caller may see them. */
    public SummaryView summary(String scope, String key, String name, Figures f) {
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
                new Participants(count(f.count("participants")), people(f, "participants.profession"),
                        people(f, "participants.sector"), f.items("organisations").size(),
                        f.items("participants.sector").keySet().stream().filter(s -> !TallyChange.UNKNOWN.equals(s)).count()),
                new Enrolments(count(enrolments), people(f, "enrolments.status"),
                        people(f, "enrolments.pathway"),
                        rate(f.count("enrolments.status", "COMPLETED"), enrolments),
                        rate(f.count("enrolments.status", "WITHDRAWN"), enrolments)),
                new Attendance(marks, f.count("attendance", "PRESENT"), f.count("attendance", "ABSENT"),
                        f.count("attendance", "APOLOGIES"), percent(f.count("attendance", "PRESENT"), marks)),
                new Credits(count(f.count("credits.awarded")), f.count("credits.total")),
                new Projects(f.count("projects"), plain(f, "projects.stage"), plain(f, "projects.theme")),
                new Benefits(f.count("benefits"), plain(f, "benefits.category"), plain(f, "benefits.evidence"), totals),
                new Signals(f.count("signals"), plain(f, "signals.signal"), plain(f, "signals.pointType")),
                threshold());
    }

    private static Map<String, Long> plain(Figures f, String metric) {
        Map<String, Long> counts = new LinkedHashMap<>();
        f.items(metric).forEach((item, amount) -> counts.put(item, amount.longValue()));
        return counts;
    }

    /** Counts of people, each withheld when small enough to single someone out. */
    private Map<String, Long> people(Figures f, String metric) {
        Map<String, Long> counts = new LinkedHashMap<>();
        f.items(metric).forEach((item, amount) -> counts.put(item, count(amount.longValue())));
        return counts;
    }

    /** A rate over people is withheld with its denominator, or its numerator could be worked back. */
    private BigDecimal rate(long part, long whole) {
        if (withheld(whole) || withheld(part)) {
            return null;
        }
        return percent(part, whole);
    }

    private static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
