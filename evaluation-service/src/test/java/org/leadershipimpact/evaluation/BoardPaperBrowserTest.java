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
 * The board paper as a reader gets it: opened in Debian's headless Chromium (driven by Selenium
 * through Debian's chromedriver, nothing downloaded), it logs no console error, axe-core finds no
 * WCAG 2.2 A/AA or best-practice violation, every chart says in words what it shows, and it prints on
 * A4 to the pages expected. Screenshots and the printed PDF are left in target/board-paper/ for a
 * reviewer.
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

    @Test
    void theProgrammeReportReadsCleanlyIsAccessibleAndPrintsOnA4() throws IOException {
        Story story = Fixtures.told(kafka);
        open(story, "api/v1/evaluation/programmes/" + story.programme + "/report");

        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");

        Results axe = new AxeBuilder().withTags(AXE_TAGS).analyze(browser);
        assertTrue(axe.getErrorMessage() == null, "axe-core ran: " + axe.getErrorMessage());
        assertTrue(axe.getPasses().size() > 10, "axe-core checked the page");
        assertEquals(List.of(), axe.getViolations().stream().map(BoardPaperBrowserTest::described).toList(), "axe-core violations");

        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('svg, img, canvas, [role=img]'))
                  .filter(e => !((e.getAttribute('aria-label') || e.getAttribute('alt') || '').trim()))
                  .map(e => e.outerHTML.substring(0, 80));""");
        long charts = (Long) ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('svg').length");
        assertTrue(charts >= 4, "the story's page has charts to read; found " + charts);
        assertEquals(List.of(), unlabelled, "charts without a text alternative");

        String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText");
        assertEquals(List.of(), ReportPageWordsTest.codesIn(text), "codes shown raw");

        screenshot("programme-report.png");
        byte[] pdf = print();
        Files.write(OUT.resolve("programme-report-printed.pdf"), pdf);
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            // The story's report: headline and about, who took part, levels 1 to 4, then the value section with its
            // tables. A change of layout or content that moves this is worth a reviewer's look at the PDF left in target/.
            assertEquals(5, printed.getNumberOfPages(), "A4 pages printed");
            assertEquals(595, Math.round(printed.getPage(0).getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(printed.getPage(0).getMediaBox().getHeight()), "A4 height in points");
        }
    }

    private void open(Story story, String path) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", TestTokens.bearer("analyst", story.system))));
        browser.get(base.toString() + path);
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
