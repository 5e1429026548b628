package org.leadershipimpact.systemtests;

import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo: the five case studies loaded through the gateway by the launcher's {@code demo} command.
 * A load killed half-way is run again to completion, a further load changes nothing, and the
 * published figures of each case study come back out of the evaluation reports exactly.
 */
class DemoDataIT {

    private static RunningStack stack;
    private static String admin;

    @BeforeAll
    static void loadTheDemo() throws Exception {
        stack = RunningStack.start();
        admin = stack.tokens().get("ADMIN_TOKEN");

        Path output = Files.createTempFile("lip-demo-", ".out");
        try {
            // a load that dies half-way (killed outright once it is into the third case study) ...
            Process first = demo(output);
            awaitOutput(output, "STP work-stream development", first);
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
            // ... is run again to completion, and a further load changes nothing
            assertEquals(0, runDemo(output), () -> read(output));
            awaitQuiet();
            String once = everySummary();
            assertEquals(0, runDemo(output), () -> read(output));
            awaitQuiet();
            assertEquals(once, everySummary(), "loading the demo again changed the figures");
        } finally {
            Files.deleteIfExists(output);
        }
    }

    @AfterAll
    static void stopThePlatform() throws Exception {
        stack.stop();
        stack.close();
    }

    @Test
    void stepneyAndWhitechapelHasEightInsightDaysThreeChallengesForGpsNursePractitionersAndPracticeManagers() {
        JsonPath report = report("ELHCP", "Stepney and Whitechapel Network clinical leadership programme", "");
        assertEquals(11, report.getInt("participation.sessions"), "8 Leadership Insight days and a challenge for each of 3 trimesters");
        assertEquals(Set.of("GP", "NURSE_PRACTITIONER", "PRACTICE_MANAGER"), report.getMap("participation.participants.byProfession").keySet());
        assertEquals(Map.of("COPD", 1), report.getMap("level3.projectsByTheme"));
        assertTrue(report.getInt("level2.dimensions.size()") == 9, "the Healthcare Leadership Model's nine dimensions, before and after");
    }

    @Test
    void towerHamletsRanFourYearsWithA40CreditPathwayThreeProjectsAndAnIndependentEvaluation() {
        JsonPath report = report("ELHCP", "Tower Hamlets PCT clinical leadership programme", "");
        assertEquals(4, report.getInt("participation.cohorts"));
        int awarded = report.getInt("participation.credits.awarded");
        assertTrue(awarded > 0, "some took the accredited pathway to the end");
        assertEquals(40 * awarded, report.getInt("participation.credits.total"), "40 M-level CATS points each");
        assertEquals(Map.of("OTHER", 1, "CONTINENCE", 1, "CHILDRENS_SERVICES", 1), report.getMap("level3.projectsByTheme"));
        assertTrue(report.getString("independentEvaluations[0].findings")
                .contains("extremely positive comments from both participants and the PCT Directors"));
    }

    @Test
    void theStpWorkStreamsAreThreeAndTheirLeadersUnanimouslyFeltTheyDeveloped() {
        JsonPath report = report("ELHCP", "STP work-stream leadership development", "");
        assertEquals(3, report.getInt("participation.cohorts"), "Medicines Optimisation, Diabetes, End of Life Care");
        Map<String, Object> answers = report.getMap("level1[0].questions.find { it.code == 'DEVELOPED' }.distribution");
        answers.forEach((answer, count) -> assertTrue(Set.of("4", "5").contains(answer) || ((Number) count).intValue() == 0,
                "everyone agreed they developed: " + answers));
        assertEquals(1, report.getInt("level3.milestonesAchieved"), "End of Life Care accepted as a work-stream by the STP Board");
    }

    @Test
    void aDozenHertfordshireGpsWorkOnHeartFailureAndDementiaEndOfLifeCare() {
        JsonPath report = report("HWE", "Whole System Leadership programme (Hertfordshire GPs)", "");
        assertEquals(Map.of("GP", 12), report.getMap("participation.participants.byProfession"));
        assertEquals(Map.of("HEART_FAILURE", 1, "DEMENTIA", 1), report.getMap("level3.projectsByTheme"));
    }

    @Test
    void frimleyBrought100LeadersFromEverySectorIncludingPoliceAndArmyToFiveInnovations() {
        JsonPath report = report("FRIMLEY", "Frimley Health and Care 2020 leadership development programme", "");
        assertEquals(100, report.getInt("participation.participants.total"));
        Set<String> professions = report.<String, Object>getMap("participation.participants.byProfession").keySet();
        assertTrue(professions.containsAll(Set.of("GP", "CONSULTANT", "THERAPIST", "NURSE", "SOCIAL_WORKER", "MANAGER",
                "POLICE_OFFICER", "ARMED_FORCES")), professions.toString());
        assertEquals(5, report.getInt("level3.projectsStarted"));
    }

    /**
     * The board papers as the packaged services serve them: the PDF is made by libraries whose XML and
     * SVG parts are found differently in the packaged application than in a module's tests (an old
     * javax.xml copy once shadowed the JDK's there, and every PDF was a 500). Each page and PDF is left
     * in target/demo-papers/ for a reviewer to open, and each printed page as a PNG.
     */
    @Test
    void theDemosBoardPapersAreServedAsPagesAndAsPdf() throws IOException {
        Path out = Files.createDirectories(Path.of("target", "demo-papers"));
        for (String[] programme : List.of(new String[] {"SURREY", "Surrey Heartlands Academy"},
                new String[] {"FRIMLEY", "Frimley Health and Care 2020 leadership development programme"})) {
            String path = "/api/v1/evaluation/programmes/" + programme(programme[0], programme[1]) + "/report";
            String page = stack.as(admin).accept("text/html").get(path).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
            assertTrue(page.contains(programme[1]), programme[1] + "'s page names it");
            byte[] pdf = stack.as(admin).accept("application/pdf").get(path).then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), programme[1] + "'s PDF");
            Files.writeString(out.resolve(programme[0].toLowerCase() + "-programme.html"), page);
            Files.write(out.resolve(programme[0].toLowerCase() + "-programme.pdf"), pdf);
            printedPages(pdf, out, programme[0].toLowerCase() + "-programme");
        }
        String national = stack.as(admin).accept("text/html").get("/api/v1/evaluation/national/systems").then().statusCode(200)
                .extract().asString();
        assertTrue(national.contains("SURREY") && national.contains("FRIMLEY"), "the national roll-up sets the systems side by side");
        Files.writeString(out.resolve("national.html"), national);
    }

    /** Saves each page of the PDF as PNG (what a reviewer would see on paper), each with something printed on it. */
    private static void printedPages(byte[] pdf, Path out, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 72);
                assertTrue(inked(image), name + " page " + (page + 1) + " is blank");
                ImageIO.write(image, "png", out.resolve(name + "-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    private static boolean inked(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void surreyHeartlandsAvoided3600NightsAndReleasedFourMillionPoundsWithSevenPerCentFewerReferrals() {
        JsonPath report = report("SURREY", "Surrey Heartlands Academy", "?evidenceLevel=SELF_REPORTED");
        assertEquals(3600.0, report.getDouble("level4.benefits.find { it.unit == 'hospital nights avoided' }.value"));
        assertEquals(4_000_000.0, report.getDouble("level4.benefits.find { it.category == 'FINANCIAL' && it.value == 4000000 }.value"));
        assertEquals(7.0, report.getDouble("level4.benefits.find { it.unit == '% fewer GP referrals' }.value"));
        assertTrue(report.getInt("level4.spcSignalsByPointType.SPECIAL_CAUSE_IMPROVEMENT") > 0, "the measures show the change");

        // the managers' (invented) estimate: 25 % of the £4m was the academy's doing, at 80 % confidence
        String fourMillion = "roi.benefits.find { it.claimedValuePence == 400000000 }";
        assertEquals("COUNTED", report.getString(fourMillion + ".status"));
        assertEquals("MANAGERS_ESTIMATE", report.getString(fourMillion + ".attribution.method"));
        assertEquals(80_000_000L, report.getLong(fourMillion + ".countedPence"), "£4m × 25 % × 80 %, all within the benefit year");
        // the nights stay nights: never added to pounds
        assertEquals("INTANGIBLE", report.getString("roi.benefits.find { it.unit == 'hospital nights avoided' }.status"));

        // referrals avoided, worked out from the referrals chart: before and after the advice line's re-base
        String derived = "roi.benefits.find { it.derivation != null }";
        assertEquals("DERIVED", report.getString(derived + ".derivation.status"));
        assertEquals("2018-10-01", report.getString(derived + ".derivation.rebaseDate"));
        double change = report.getDouble(derived + ".derivation.change");
        assertTrue(change > 250 && change < 480, "about 7 % of 5,200 referrals a month fewer: " + change);
        long derivedCounted = report.getLong(derived + ".countedPence");
        // six months (October to March) of change × £120 in the first year, 40 % × 60 % of it the academy's
        long expected = Math.round(change * 120 * 100 * 6 * 0.24);
        assertTrue(Math.abs(derivedCounted - expected) <= 6 * 100, "derived £" + derivedCounted / 100.0 + " against about £" + expected / 100.0);

        long counted = report.getLong("roi.benefitsCountedPence");
        assertEquals(80_000_000L + derivedCounted, counted);
        long cost = report.getLong("roi.costPence");
        assertEquals(new java.math.BigDecimal(counted - cost).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(cost), 1, java.math.RoundingMode.HALF_UP), new java.math.BigDecimal(report.getString("roi.roiPercent")));
        // as claimed, in the same table: what the report said before isolation was applied
        String claimedRow = "roi.sensitivity.rows.find { it.evidenceLevel == 'SELF_REPORTED' && it.benefitMonths == 12 }";
        assertTrue(report.getDouble(claimedRow + ".claimedRoiPercent") > report.getDouble(claimedRow + ".adjustedRoiPercent"));
        assertEquals(9, report.getList("roi.sensitivity.rows").size(), "3 evidence levels × 3 horizons, each adjusted and as claimed");

        // published by the system, not audited: by default the £4m is not counted as a return; the audited chart is
        JsonPath strict = report("SURREY", "Surrey Heartlands Academy", "");
        assertEquals("BELOW_EVIDENCE", strict.getString(fourMillion + ".status"));
        assertEquals(derivedCounted, strict.getLong("roi.benefitsCountedPence"));
        JsonPath surrey500 = JsonPath.from(stack.as(admin).get("/api/v1/programmes/" + programme("SURREY", "Surrey 500")).asString());
        assertEquals(500, surrey500.getInt("capacity"), "leadership training for 500 staff");
    }

    @Test
    void theTwoMillionPoundFundIsOneFundingSourceAcrossItsSystems() {
        JsonPath sources = JsonPath.from(stack.as(admin).get("/api/v1/evaluation/national/funding-sources").then().statusCode(200)
                .extract().asString());
        List<String> names = sources.getList("key");
        assertTrue(names.contains("NHS England system leadership development fund (£2m, 23 areas)"), names.toString());
    }

    @Test
    void aMeasuresSpcChartAndAnAnalystsExportComeOutAsTheReadmeSays() throws IOException {
        String project = stack.as(admin).get("/api/v1/projects?system=SURREY&limit=100").then().statusCode(200).extract()
                .path("items.find { it.title.startsWith('Advice and guidance') }.id");
        String measure = stack.as(admin).get("/api/v1/measures?project=" + project).then().statusCode(200).extract().path("items[0].id");
        String svg = stack.as(admin).accept("image/svg+xml").get("/api/v1/measures/" + measure + "/chart.svg")
                .then().statusCode(200).extract().asString();
        assertTrue(svg.startsWith("<svg") || svg.contains("<svg "), svg.substring(0, Math.min(200, svg.length())));
        String analyst = stack.tokens().get("ANALYST_TOKEN");
        String csv = stack.as(analyst).accept("text/csv").get("/api/v1/evaluation/exports/participants")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.lines().count() > 200, "Surrey's participants, one row each");
        assertFalse(csv.contains("@") || csv.contains("example.org"), "no e-mail reaches an analyst");
    }

    @Test
    void noLogHoldsAParticipantsNameOrEMailNorATokenQueryStringOrClientAddress() throws IOException {
        String lookup = "/api/v1/participants?system=SURREY&limit=100";
        List<Map<String, Object>> participants = stack.as(admin).header("X-Request-Id", "demo-log-check").get(lookup)
                .then().statusCode(200).extract().path("items");
        assertFalse(participants.isEmpty());
        // the gateway's access log has the request (its line reaches the file a moment after the answer) ...
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Optional<String> found = accessLine("req=demo-log-check");
        while (found.isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), "no access log line for the request");
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            found = accessLine("req=demo-log-check");
        }
        String line = found.get();
        assertTrue(line.contains("\"GET /api/v1/participants\" 200"), line);
        assertFalse(line.matches(".*\\b\\d{1,3}(\\.\\d{1,3}){3}\\b.*") || line.contains("[0:0:0:0"), "no client address: " + line);
        // ... and no log of any process holds what the demo sent about people, or how it asked
        for (Map.Entry<String, String> log : stack.logs().entrySet()) {
            String text = log.getValue();
            for (Map<String, Object> participant : participants) {
                assertFalse(text.contains((String) participant.get("email")), log.getKey() + " holds a participant's e-mail");
                assertFalse(text.contains(participant.get("givenName") + " " + participant.get("familyName")), log.getKey() + " holds a participant's name");
            }
            assertFalse(text.contains("@example.org"), log.getKey() + " holds an e-mail");
            assertFalse(text.contains(admin.substring(admin.length() - 40)), log.getKey() + " holds a token");
            assertFalse(text.contains("system=SURREY"), log.getKey() + " holds a query string");
        }
    }

    private static Optional<String> accessLine(String containing) throws IOException {
        return Files.readString(stack.dataDir.resolve("logs/gateway.log")).lines()
                .filter(line -> line.contains("access-log") && line.contains(containing)).findFirst();
    }

    private static JsonPath report(String system, String title, String query) {
        return JsonPath.from(stack.as(admin).get("/api/v1/evaluation/programmes/" + programme(system, title) + "/report" + query)
                .then().statusCode(200).extract().asString());
    }

    private static String programme(String system, String title) {
        List<Map<String, Object>> programmes = stack.as(admin).get("/api/v1/programmes?system=" + system + "&limit=100")
                .then().statusCode(200).extract().path("items");
        List<String> ids = programmes.stream().filter(p -> title.equals(p.get("title"))).map(p -> (String) p.get("id")).toList();
        assertEquals(1, ids.size(), "exactly one programme called " + title + " in " + system);
        return ids.get(0);
    }

    private static Process demo(Path output) throws IOException {
        return RunningStack.launch(output, "demo", "--data-dir", stack.dataDir.toString(), "--port", Integer.toString(stack.gatewayPort));
    }

    private static int runDemo(Path output) throws Exception {
        Process load = demo(output);
        if (!load.waitFor(6, TimeUnit.MINUTES)) {
            load.destroyForcibly();
            throw new AssertionError("the demo load took over 6 minutes: " + read(output));
        }
        return load.exitValue();
    }

    private static void awaitOutput(Path output, String text, Process process) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (!read(output).contains(text)) {
            assertTrue(process.isAlive(), () -> "the demo load stopped early: " + read(output));
            assertTrue(Instant.now().isBefore(deadline), () -> "no '" + text + "' after 4 minutes: " + read(output));
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    /** Every system's summary and the national one, as text. */
    private static String everySummary() {
        StringBuilder all = new StringBuilder(stack.as(admin).get("/api/v1/evaluation/national/summary").then().statusCode(200).extract().asString());
        for (String system : List.of("ELHCP", "HWE", "FRIMLEY", "SURREY")) {
            all.append(stack.as(admin).get("/api/v1/evaluation/systems/" + system + "/summary").then().statusCode(200).extract().asString());
        }
        return all.toString();
    }

    /** Until the summaries stop changing: the second load's events, if it caused any, have all been applied. */
    private static void awaitQuiet() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        String last = everySummary();
        int steady = 0;
        while (steady < 10 && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            String now = everySummary();
            steady = now.equals(last) ? steady + 1 : 0;
            last = now;
        }
    }

    private static String read(Path output) {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
