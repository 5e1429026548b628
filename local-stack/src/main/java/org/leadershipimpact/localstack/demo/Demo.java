package org.leadershipimpact.localstack.demo;

import org.leadershipimpact.localinfra.DevTokens;
import org.leadershipimpact.localstack.LocalStackException;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Loads the five case studies into a running platform through the gateway's public API, as three
 * callers would: an admin registers the systems, a programme manager runs the programmes and their
 * evaluation, a project lead records the projects. Safe to run again at any time.
 */
public final class Demo {

    /** The systems the demo fills. */
    public static final List<String> SYSTEMS = List.of("ELHCP", "HWE", "FRIMLEY", "SURREY");

    private Demo() {
    }

    public static void load(String gateway, DevTokens tokens, PrintStream out) {
        Instant started = Instant.now();
        out.println("Loading the demo: the five case studies of ../shared/seeds, through " + gateway);
        // keys of one version of the demo; records are found by what names them whatever the key
        String keys = "demo-" + Synthetic.SEED + "/";
        DemoLoader loader = new DemoLoader(
                new DemoApi(gateway, tokens.mint("dev-demo-admin", List.of("admin"), List.of()), keys),
                new DemoApi(gateway, tokens.mint("dev-demo-programme-manager", List.of("programme-manager"), SYSTEMS), keys),
                new DemoApi(gateway, tokens.mint("dev-demo-project-lead", List.of("project-lead"), SYSTEMS), keys));
        try {
            new CaseStudyLoader(loader, out).load(CaseStudies.SYSTEMS, CaseStudies.ALL);
        } catch (DemoApi.Refused | IllegalStateException e) {
            throw new LocalStackException("the demo did not finish: " + e.getMessage()
                    + "\nIs the platform running at " + gateway + "? A load is safe to repeat: run"
                    + " 'java -jar local-stack/target/local-stack.jar demo' again to finish it.", e);
        }
        out.printf("Demo loaded: %d API calls in %d s.%n", loader.calls(), Duration.between(started, Instant.now()).toSeconds());
    }
}
