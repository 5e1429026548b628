package org.leadershipimpact.evaluation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.evaluation.tally.Scope;
import org.leadershipimpact.platform.figures.FigureSheet;
import org.leadershipimpact.platform.problem.ProblemException;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the read models hold what the producers hold: each producer computes a system's figures from
 * the records that stand there, and they are compared, item by item, with the figures evaluation
 * serves for that system. While events are in flight, the latest changes show as differences.
 */
@ApplicationScoped
public class Consistency {

    /** The figures each producer owns, as evaluation names them. */
    static final Map<String, List<String>> OWNED = Map.of(
            "programmes-service", List.of("programmes", "programmes.status", "programmes.kind", "funding.pence", "cohorts", "sessions",
                    "sessions.kind", "participants", "participants.profession", "participants.sector", "organisations", "enrolments",
                    "enrolments.status", "enrolments.pathway", "credits.awarded", "credits.total", "attendance"),
            "projects-service", List.of("projects", "projects.stage", "projects.theme", "benefits", "benefits.category",
                    "benefits.evidence", "benefits.value", "signals", "signals.signal", "signals.pointType", "measures.improving"));

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ConfigProperty(name = "lip.evaluation.programmes-url")
    String programmesUrl;

    @ConfigProperty(name = "lip.evaluation.projects-url")
    String projectsUrl;

    @Inject
    Summaries summaries;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Schema(name = "FigureDifference", description = "A figure evaluation serves that differs from what its producer holds")
    public record Difference(String figure, String item, String heldBy, BigDecimal producer, BigDecimal evaluation) {
    }

    @Schema(name = "SystemConsistency")
    public record SystemCheck(String systemCode, boolean consistent, List<Difference> differences) {
    }

    /** Checks {@code system}, or every system either side knows of; {@code authorization} is the caller's, passed on. */
    public List<SystemCheck> check(String system, String authorization) {
        Set<String> systems = new TreeSet<>();
        if (system != null) {
            systems.add(system);
        } else {
            systems.addAll(knownHere());
            // read as it is written: a system's unset fields are nulls, which a request's lists and maps may not hold
            JsonNode registered = read(programmesUrl + "/api/v1/systems", authorization, "programmes-service",
                    new TypeReference<>() { });
            registered.forEach(s -> systems.add(s.path("code").asText()));
        }
        return systems.stream().map(code -> checkSystem(code, authorization)).toList();
    }

    private SystemCheck checkSystem(String code, String authorization) {
        List<Difference> differences = new ArrayList<>();
        String encoded = URLEncoder.encode(code, StandardCharsets.UTF_8);
        FigureSheet ours = figures(code);
        compare(read(programmesUrl + "/api/v1/systems/" + encoded + "/figures", authorization, "programmes-service", SHEET),
                "programmes-service", ours, differences);
        compare(read(projectsUrl + "/api/v1/projects/figures?system=" + encoded, authorization, "projects-service", SHEET),
                "projects-service", ours, differences);
        return new SystemCheck(code, differences.isEmpty(), differences);
    }

    private static final TypeReference<FigureSheet> SHEET = new TypeReference<>() { };

    /** Evaluation's figures for the system, as its summary serves them, and the measures its reports count as improving. */
    private FigureSheet figures(String code) {
        FigureSheet sheet = new FigureSheet();
        summaries.figures(Scope.system(code)).byMetric().forEach((metric, items) -> items.forEach((item, amount) -> sheet.add(metric, item, amount)));
        Number improving = (Number) entityManager.createNativeQuery("""
                SELECT count(DISTINCT measure_id) FROM signal_fact WHERE system_code = :system AND point_type = 'SPECIAL_CAUSE_IMPROVEMENT'""")
                .setParameter("system", code).getSingleResult();
        sheet.add("measures.improving", FigureSheet.TOTAL, BigDecimal.valueOf(improving.longValue()));
        return sheet;
    }

    private static void compare(FigureSheet theirs, String producer, FigureSheet ours, List<Difference> differences) {
        for (String metric : OWNED.get(producer)) {
            Set<String> items = new TreeSet<>(theirs.figures().getOrDefault(metric, Map.of()).keySet());
            items.addAll(ours.figures().getOrDefault(metric, Map.of()).keySet());
            for (String item : items) {
                BigDecimal held = theirs.amount(metric, item);
                BigDecimal served = ours.amount(metric, item);
                if (held.compareTo(served) != 0) {
                    differences.add(new Difference(metric, item, producer, held, served));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> knownHere() {
        return entityManager.createNativeQuery("SELECT DISTINCT scope_key FROM tally WHERE scope = 'SYSTEM'").getResultList();
    }

    private <T> T read(String url, String authorization, String producer, TypeReference<T> type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 404) {
                throw new ProblemException(404, "not-found", "Not found", producer + " knows no such system");
            }
            if (answer.statusCode() != 200) {
                throw unavailable(producer, "answered " + answer.statusCode());
            }
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw unavailable(producer, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(producer, "interrupted");
        }
    }

    private static ProblemException unavailable(String producer, String why) {
        return new ProblemException(502, "producer-unavailable", "A producer could not be asked",
                producer + " could not be asked for its figures (" + why + "); try again when it is up")
                .with("producer", producer);
    }
}
