package org.leadershipimpact.evaluation.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** A project's one-page summary as a page (templates/report/project.html), sharing the board paper's pieces. */
public record ProjectPaper(ProjectReport report, BoardPaper.About about, List<BoardPaper.Measure> measures,
        List<List<MdcIcon>> legend) {

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance project(ProjectPaper paper);
    }

    public static ProjectPaper of(ProjectReport report, BoardPaper.About about) {
        return new ProjectPaper(report, about, report.measures().stream().map(BoardPaper.Measure::of).toList(),
                MdcIcon.legendInPairs());
    }

    public String render() {
        return Templates.project(this).render();
    }
}
