package org.leadershipimpact.evaluation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.leadershipimpact.evaluation.report.BoardPaper;
import org.leadershipimpact.evaluation.report.EvaluationReport;
import org.leadershipimpact.evaluation.report.NationalPaper;
import org.leadershipimpact.evaluation.report.PrintedPaper;
import org.leadershipimpact.evaluation.report.ProjectPaper;
import org.leadershipimpact.evaluation.report.ProjectReport;
import org.leadershipimpact.evaluation.service.Reports;

import java.time.Clock;
import java.time.Instant;

/** Reports as pages for people: the same report the JSON carries, with what a reader needs to know of where it came from. */
@ApplicationScoped
public class ReportPages {

    public static final String PDF = "application/pdf";

    @Inject
    Reports reports;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.application.version")
    String platformVersion;

    public String html(EvaluationReport report) {
        return BoardPaper.of(report, about()).render();
    }

    /** The same page, printed: what a board member is sent. */
    public byte[] pdf(EvaluationReport report) {
        return PrintedPaper.of(html(report));
    }

    public String html(ProjectReport report) {
        return ProjectPaper.of(report, about()).render();
    }

    public byte[] pdf(ProjectReport report) {
        return PrintedPaper.of(html(report));
    }

    public String html(NationalPaper.Comparison comparison) {
        return NationalPaper.of(comparison, about()).render();
    }

    public byte[] pdf(NationalPaper.Comparison comparison) {
        return PrintedPaper.of(html(comparison));
    }

    private BoardPaper.About about() {
        return new BoardPaper.About(Instant.now(clock), reports.dataAsOf(), platformVersion);
    }
}
