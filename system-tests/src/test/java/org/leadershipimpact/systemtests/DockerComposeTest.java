package org.leadershipimpact.systemtests;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml cannot be run on machines without Docker, so it is held to the code here: the
 * ports the services listen on, the databases they use, the upstreams the gateway knows.
 */
class DockerComposeTest {

    private static final Path ROOT = RunningStack.REPO_ROOT;

    @Test
    void eachServiceUsesItsOwnDatabaseWhichPostgresCreates() throws IOException {
        String init = Files.readString(ROOT.resolve("docker/postgres-init.sql"));
        for (String database : new String[] {"programmes", "projects", "evaluation"}) {
            Map<String, Object> environment = environment(database + "-service");
            assertEquals("jdbc:postgresql://postgres:5432/" + database, environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals("kafka:9092", environment.get("KAFKA_BOOTSTRAP_SERVERS"));
            assertTrue(init.contains("CREATE DATABASE " + database + ";"), database + " is created");
        }
    }

    @Test
    void theGatewayReachesEveryUpstreamItKnowsOnThePortTheServiceListensOn() throws IOException {
        Properties gateway = properties("gateway");
        Map<String, Object> environment = environment("gateway");
        for (String upstream : new String[] {"programmes", "projects", "evaluation"}) {
            assertTrue(gateway.containsKey("lip.gateway.upstreams." + upstream + ".url"));
            String port = properties(upstream + "-service").getProperty("quarkus.http.port");
            assertEquals("http://" + upstream + "-service:" + port,
                    environment.get("LIP_GATEWAY_UPSTREAMS_" + upstream.toUpperCase() + "_URL"));
        }
        assertEquals("8080:" + gateway.getProperty("quarkus.http.port"), ((java.util.List<?>) service("gateway").get("ports")).get(0));
    }

    @Test
    void everyApplicationIsBuiltFromItsModulesDockerfile() {
        for (String module : new String[] {"programmes-service", "projects-service", "evaluation-service", "gateway"}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) service(module).get("build");
            assertEquals(module, build.get("context"));
            assertTrue(Files.isRegularFile(ROOT.resolve(module).resolve((String) build.get("dockerfile"))), module);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) service(service).get("environment");
    }

    private static Properties properties(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
