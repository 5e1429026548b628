package org.leadershipimpact.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's one OpenAPI document, merged from the running services, checked with standard tools
 * from npm (versions pinned in system-tests/openapi-tools/package-lock.json): Spectral's recommended
 * rules find nothing, and a TypeScript client over the types openapi-typescript generates compiles
 * under tsc --strict.
 */
class PublicApiContractIT {

    private static final Path TOOLS_SOURCE = Path.of("openapi-tools");
    private static final Path WORK = Path.of("target/openapi-tools").toAbsolutePath();
    private static RunningStack stack;
    private static Path document;

    @BeforeAll
    static void startThePlatformAndInstallTheTools() throws Exception {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", ".spectral.yaml", "client.ts")) {
            Files.copy(TOOLS_SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(WORK.resolve("node_modules/.bin"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
        }
        stack = RunningStack.start();
        String merged = given().baseUri(stack.gatewayUrl()).get("/q/openapi?format=json")
                .then().statusCode(200).contentType(containsString("application/json")).extract().asString();
        document = WORK.resolve("platform.json");
        Files.writeString(document, merged);
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        if (stack != null) {
            stack.stop();
            stack.close();
        }
    }

    @Test
    void theMergedDocumentHasEveryServicesPathsInJsonAndYaml() {
        String yaml = given().baseUri(stack.gatewayUrl()).get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/v1/programmes:", "/api/v1/measures/{id}/spc:", "/api/v1/evaluation/programmes/{id}/report:")) {
            assertTrue(yaml.contains(path), path + " is in the merged document");
        }
        given().baseUri(stack.gatewayUrl()).get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void spectralsRecommendedRulesFindNothing() throws Exception {
        Result lint = run(List.of(WORK.resolve("node_modules/.bin/spectral").toString(), "lint", "--ruleset", ".spectral.yaml",
                "--fail-severity=hint", document.toString()), 120);
        assertEquals(0, lint.exit(), "Spectral found problems:\n" + lint.output());
    }

    @Test
    void aTypeScriptClientGeneratedFromItCompiles() throws Exception {
        Result generate = run(List.of(WORK.resolve("node_modules/.bin/openapi-typescript").toString(), document.toString(),
                "-o", WORK.resolve("schema.d.ts").toString()), 120);
        assertEquals(0, generate.exit(), generate.output());
        Result compile = run(List.of(WORK.resolve("node_modules/.bin/tsc").toString(), "--noEmit", "--strict", "--target", "es2022",
                "--lib", "es2022,dom", "--module", "es2022", "--moduleResolution", "bundler", "client.ts"), 120);
        assertEquals(0, compile.exit(), "The generated client does not compile:\n" + compile.output());
    }

    record Result(int exit, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile(WORK, "run-", ".out");
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(WORK.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(output));
        }
        Result result = new Result(process.exitValue(), Files.readString(output));
        Files.delete(output);
        if (command.get(0).equals("npm") && result.exit() != 0) {
            throw new AssertionError("npm ci failed:\n" + result.output());
        }
        return result;
    }
}
