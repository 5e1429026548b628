package org.leadershipimpact.evaluation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.leadershipimpact.evaluation.report.BoardPaper;
import org.leadershipimpact.evaluation.report.EvaluationReport;
import org.leadershipimpact.evaluation.report.PrintedPaper;
import org.leadershipimpact.evaluation.service.Reports;

import java.time.Instant;

/** Reports as pages for people: the same report the JSON carries, with what a reader needs to know of where it came from. */
@ApplicationScoped
public class ReportPages {

    public static final String PDF = "application/pdf";

    @Inject
    Reports reports;

    @ConfigProperty(name = "quarkus.application.version")
    String platformVersion;

    public String html(EvaluationReport report) {
        return paper(report).render();
    }

    /** The same page, printed: what a board member is sent. */
    public byte[] pdf(EvaluationReport report) {
        return PrintedPaper.of(html(report));
    }

    BoardPaper paper(EvaluationReport report) {
        return BoardPaper.of(report, new BoardPaper.About(Instant.now(), reports.dataAsOf(), platformVersion));
    }
}
