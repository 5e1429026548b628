package org.leadershipimpact.localstack;

import org.leadershipimpact.localinfra.DevKeys;
import org.leadershipimpact.localinfra.DevTokens;
import org.leadershipimpact.localstack.demo.Demo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar local-stack/target/local-stack.jar [run] [options]} starts the platform and keeps it
 * running until Ctrl-C; {@code ... token --roles R[,R] [--systems S[,S]]} prints a dev token.
 */
public final class Launcher {

    static final String USAGE = """
            Usage:
              java -jar local-stack/target/local-stack.jar [run] [--demo] [--data-dir DIR] [--port N] [--postgres-port N] [--kafka-port N] [--postgres-setting NAME=VALUE]...
                  Starts PostgreSQL, Kafka, the three services and the gateway (default port 8080); Ctrl-C stops them all.
                  --demo then loads the five case studies through the gateway (as the demo command does).
                  --postgres-setting starts PostgreSQL with that server setting (e.g. log_destination=csvlog); repeatable.
              java -jar local-stack/target/local-stack.jar demo [--data-dir DIR] [--port N]
                  Loads the five case studies into the platform already running from DIR; safe to repeat.
              java -jar local-stack/target/local-stack.jar token --roles ROLE[,ROLE] [--systems CODE[,CODE]] [--data-dir DIR]
                  Prints a dev bearer token. Roles: admin, programme-manager, project-lead, analyst, integrator.
            """;

    private Launcher() {
    }

    public static void main(String[] args) {
        // PostgreSQL's own start-up chatter goes to its log, not the terminal
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
        try {
            Options options = Options.parse(args);
            if (options.command().equals("token")) {
                System.out.println(token(options));
            } else if (options.command().equals("demo")) {
                Demo.load("http://localhost:" + options.ports().gateway(), devTokens(options), System.out);
            } else {
                run(options);
            }
        } catch (LocalStackException | IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(Options options) {
        LocalStack stack = LocalStack.open(options.dataDir(), options.ports()).postgresSettings(options.postgresSettings());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the local stack ...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-stack-stop"));
        stack.start(options.repoRoot(), System.out);
        ReadyTokens tokens = ReadyTokens.mint(stack.tokens());
        Path tokensFile = writeTokens(stack, tokens);
        if (options.demo()) {
            try {
                Demo.load(stack.gatewayUrl().toString(), stack.tokens(), System.out);
            } catch (LocalStackException e) {
                // the platform itself is up: say what went wrong and keep it running
                System.err.println("local-stack: " + e.getMessage());
            }
        }
        System.out.print(banner(stack, tokensFile, tokens));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String token(Options options) {
        if (options.roles().isEmpty()) {
            throw new IllegalArgumentException("token needs --roles\n" + USAGE);
        }
        return devTokens(options).mint("dev-" + String.join("-", options.roles()), options.roles(), options.systems());
    }

    private static DevTokens devTokens(Options options) {
        return new DevTokens(DevKeys.loadOrCreate(options.dataDir().resolve("keys")));
    }

    /** The ready-made tokens, in the order the banner prints them. */
    private record ReadyTokens(String admin, String manager, String analyst) {
        static ReadyTokens mint(DevTokens tokens) {
            return new ReadyTokens(tokens.mint("dev-admin", List.of("admin"), List.of()),
                    tokens.mint("dev-programme-manager", List.of("programme-manager"), List.of("SURREY")),
                    tokens.mint("dev-analyst", List.of("analyst"), List.of("SURREY")));
        }
    }

    private static Path writeTokens(LocalStack stack, ReadyTokens tokens) {
        String env = """
                # Dev tokens for the local stack (valid 12 hours). Use: source %s
                export GATEWAY=%s
                export ADMIN_TOKEN=%s
                export MANAGER_TOKEN=%s
                export ANALYST_TOKEN=%s
                """.formatted(stack.dataDir().resolve("tokens.env"), stack.gatewayUrl(), tokens.admin(), tokens.manager(),
                tokens.analyst());
        Path file = stack.dataDir().resolve("tokens.env");
        try {
            Files.writeString(file, env);
        } catch (IOException e) {
            throw new LocalStackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static String banner(LocalStack stack, Path tokensFile, ReadyTokens tokens) {
        return """

                Leadership Impact Platform is running.
                  Gateway     %1$s
                  Swagger UI  %1$s/q/swagger-ui
                  Logs        %2$s
                  Dev tokens  source %3$s   (ADMIN_TOKEN; MANAGER_TOKEN and ANALYST_TOKEN for SURREY)
                  More tokens java -jar local-stack/target/local-stack.jar token --roles analyst --systems SURREY

                Dev tokens (valid 12 hours):
                  admin, every system:           %4$s
                  programme-manager, SURREY:     %5$s
                  analyst, SURREY:               %6$s

                Try:
                  source %3$s
                  curl -s -X POST $GATEWAY/api/v1/systems -H "Authorization: Bearer $ADMIN_TOKEN" \\
                       -H 'Content-Type: application/json' -d '{"code":"SURREY","name":"Surrey Heartlands","kind":"ICS"}'
                  curl -s -X POST $GATEWAY/api/v1/programmes -H "Authorization: Bearer $MANAGER_TOKEN" \\
                       -H 'Content-Type: application/json' -d '{"title":"Surrey 500","systemCode":"SURREY","kind":"SYSTEM_LEADERSHIP"}'
                  curl -s $GATEWAY/api/v1/evaluation/systems/SURREY/summary -H "Authorization: Bearer $ANALYST_TOKEN"

                Press Ctrl-C to stop everything.
                """.formatted(stack.gatewayUrl(), stack.dataDir().resolve("logs"), tokensFile, tokens.admin(), tokens.manager(),
                tokens.analyst());
    }

    /** The command line, parsed. */
    record Options(String command, Path repoRoot, Path dataDir, Ports ports, List<String> roles, List<String> systems, boolean demo,
            Map<String, String> postgresSettings) {

        static Options parse(String[] args) {
            Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
            String command = !rest.isEmpty() && !rest.peek().startsWith("--") ? rest.pop() : "run";
            if (!List.of("run", "token", "demo").contains(command)) {
                throw new IllegalArgumentException("unknown command '" + command + "'\n" + USAGE);
            }
            Path repoRoot = defaultRepoRoot();
            Path dataDir = null;
            Ports ports = Ports.DEFAULT;
            List<String> roles = List.of();
            List<String> systems = List.of();
            boolean demo = false;
            Map<String, String> postgresSettings = new LinkedHashMap<>();
            while (!rest.isEmpty()) {
                String option = rest.pop();
                if (option.equals("--demo")) {
                    demo = true;
                    continue;
                }
                String value = rest.isEmpty() ? null : rest.pop();
                if (value == null) {
                    throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
                }
                switch (option) {
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--repo" -> repoRoot = Path.of(value);
                    case "--port" -> ports = new Ports(port(option, value), ports.postgres(), ports.kafka(), ports.kafkaController());
                    case "--postgres-port" -> ports = new Ports(ports.gateway(), port(option, value), ports.kafka(), ports.kafkaController());
                    case "--kafka-port" -> ports = new Ports(ports.gateway(), ports.postgres(), port(option, value), port(option, value) + 1);
                    case "--roles" -> roles = List.of(value.split(","));
                    case "--systems" -> systems = List.of(value.split(","));
                    case "--postgres-setting" -> {
                        String[] setting = value.split("=", 2);
                        if (setting.length < 2 || !setting[0].matches("[a-z_.]+")) {
                            throw new IllegalArgumentException(option + " must be NAME=VALUE, not '" + value + "'");
                        }
                        postgresSettings.put(setting[0], setting[1]);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
                }
            }
            return new Options(command, repoRoot, dataDir == null ? repoRoot.resolve(".local-stack") : dataDir, ports, roles, systems, demo,
                    Map.copyOf(postgresSettings));
        }

        private static int port(String option, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port > 0 && port < 65533) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " must be a port number, not '" + value + "'");
        }

        /** The checkout this launcher was built in: local-stack/target/local-stack.jar is three levels down. */
        private static Path defaultRepoRoot() {
            try {
                Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path root = jar.getParent().getParent().getParent();
                if (Files.isDirectory(root.resolve("gateway"))) {
                    return root;
                }
            } catch (URISyntaxException | NullPointerException e) {
                // fall back to the working directory
            }
            return Path.of("").toAbsolutePath();
        }
    }
}
