package org.leadershipimpact.evaluation;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every report page as a reader gets it (the programme's and a cohort's board paper, a project's one-page
 * summary, the national roll-up): opened in Debian's headless Chromium (driven by Selenium through Debian's
 * chromedriver, nothing downloaded), it logs no console error (no favicon fetched either), axe-core finds no
 * WCAG 2.2 A/AA or best-practice violation, every image has a text alternative and every chart a title and a
 * description, and it prints on A4 to the pages expected. Screenshots and the printed PDFs are left in
 * target/board-paper/ for a reviewer.
 */
@QuarkusTest
class BoardPaperBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "board-paper");
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
            "best-practice");

    private static TopicWriter kafka;
    private static ChromeDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void open() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are needed (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        kafka = new TopicWriter();
        profile = Files.createTempDirectory("board-paper-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile, "--window-size=1200,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void close() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
            deleteQuietly(profile);
        }
    }

    // Expected A4 pages, each from the story's page: a change of layout or content that moves one is worth a
    // reviewer's look at the PDF left in target/board-paper/.

    @Test
    void theProgrammeReportReadsCleanlyIsAccessibleAndPrintsOnA4() throws IOException {
        Story story = Fixtures.told(kafka);
        // headline and about, who took part, levels 1 to 4 with the measure's chart, then the value section's tables
        read("programme-report", "api/v1/evaluation/programmes/" + story.programme + "/report", analyst(story), 5, 7);
    }

    @Test
    void theCohortReportReadsCleanlyIsAccessibleAndPrintsOnA4() throws IOException {
        Story story = Fixtures.told(kafka);
        read("cohort-report", "api/v1/evaluation/cohorts/" + story.cohort1 + "/report", analyst(story), 5, 7);
    }

    @Test
    void theProjectSummaryReadsCleanlyIsAccessibleAndPrintsOnA4() throws IOException {
        Story story = Fixtures.told(kafka);
        // the project, its measure with icons, legend and chart, its benefits
        read("project-report", "api/v1/evaluation/projects/" + story.project + "/report", analyst(story), 2, 1);
    }

    @Test
    void theNationalRollUpReadsCleanlyIsAccessibleAndPrintsOnA4() throws IOException {
        String funder = "Fund " + Fixtures.newSystem();
        Story first = new Story(Fixtures.newSystem(), funder);
        Story second = new Story(Fixtures.newSystem(), funder);
        Fixtures.send(kafka, first.messages);
        Fixtures.send(kafka, second.messages);
        Fixtures.awaitApplied();
        read("national-roll-up", "api/v1/evaluation/national/systems?fundingSource=" + funder.replace(" ", "%20"),
                TestTokens.bearer("admin"), 1, 0);
        String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText");
        assertTrue(text.contains(first.system) && text.contains(second.system), "both systems side by side");
    }

    /**
     * Opens the page as its reader would and holds it to the bar: no console error, no axe-core violation, every
     * image with a text alternative and every chart with a title and a description, no code shown raw; prints it on A4.
     */
    private void read(String name, String path, String token, int pages, int charts) throws IOException {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", token)));
        browser.get(base.toString() + path);

        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, name + ": console errors");

        Results axe = new AxeBuilder().withTags(AXE_TAGS).analyze(browser);
        assertTrue(axe.getErrorMessage() == null, "axe-core ran: " + axe.getErrorMessage());
        assertTrue(axe.getPasses().size() > 10, "axe-core checked the page");
        assertEquals(List.of(), axe.getViolations().stream().map(BoardPaperBrowserTest::described).toList(), name + ": axe-core violations");

        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('svg, img, canvas, [role=img]'))
                  .filter(e => !((e.getAttribute('aria-label') || e.getAttribute('alt') || '').trim())
                    || (e.tagName.toLowerCase() === 'svg' && !(e.querySelector('title')?.textContent || '').trim()))
                  .map(e => e.outerHTML.substring(0, 80));""");
        assertEquals(List.of(), unlabelled, name + ": images without a text alternative or title");
        @SuppressWarnings("unchecked")
        List<String> undescribed = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('figure.chart svg'))
                  .filter(e => e.getAttribute('role') !== 'img' || !(e.querySelector('desc')?.textContent || '').trim())
                  .map(e => e.outerHTML.substring(0, 80));""");
        assertEquals(List.of(), undescribed, name + ": charts without role=img and a description");
        long drawn = (Long) ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('figure.chart svg').length");
        assertEquals(charts, drawn, name + ": charts drawn");

        String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText");
        assertEquals(List.of(), ReportPageWordsTest.codesIn(text), name + ": codes shown raw");

        screenshot(name + ".png");
        byte[] pdf = print();
        Files.write(OUT.resolve(name + "-printed.pdf"), pdf);
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            assertEquals(pages, printed.getNumberOfPages(), name + ": A4 pages printed");
            assertEquals(595, Math.round(printed.getPage(0).getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(printed.getPage(0).getMediaBox().getHeight()), "A4 height in points");
        }
    }

    private static String analyst(Story story) {
        return TestTokens.bearer("analyst", story.system);
    }

    private static String described(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
    }

    private static void screenshot(String name) throws IOException {
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true));
        Files.write(OUT.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Prints as a reader's browser does to A4 (8.27 × 11.69 inches), honouring the page's own @page rules. */
    private static byte[] print() {
        Map<String, Object> printed = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                "preferCSSPageSize", true, "printBackground", true));
        return Base64.getDecoder().decode((String) printed.get("data"));
    }

    private static void deleteQuietly(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
