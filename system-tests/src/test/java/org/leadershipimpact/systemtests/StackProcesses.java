package org.leadershipimpact.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** The processes of a running local stack, found and handled as an operator on the machine would (Linux). */
final class StackProcesses {

    private StackProcesses() {
    }

    /** The service's process among those the launcher started (its command line carries the launcher's marker). */
    static ProcessHandle service(RunningStack stack, String name) throws IOException {
        for (String line : Files.readAllLines(stack.dataDir.resolve("pids"))) {
            if (line.isBlank()) {
                continue;
            }
            ProcessHandle process = ProcessHandle.of(Long.parseLong(line.trim())).orElse(null);
            if (process != null && process.info().commandLine().orElse("").contains("-Dleadershipimpact.process=" + name)) {
                return process;
            }
        }
        throw new AssertionError(name + " is not among the launcher's processes");
    }

    /** Freezes ({@code STOP}) or thaws ({@code CONT}) a process: frozen, it neither answers nor heartbeats, yet the launcher sees it alive. */
    static void signal(ProcessHandle process, String signal) throws IOException, InterruptedException {
        run(List.of("kill", "-" + signal, Long.toString(process.pid())));
    }

    /**
     * Another instance of a running service: the same command line and environment as the launcher gave
     * it (read from /proc), on {@code port}; its output goes to {@code log}. The caller must kill it.
     */
    static Process anotherInstance(ProcessHandle service, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(service.info().command().orElseThrow());
        command.addAll(List.of(service.info().arguments().orElseThrow()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(service));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return builder.start();
    }

    private static Map<String, String> environment(ProcessHandle process) throws IOException {
        Map<String, String> environment = new TreeMap<>();
        String all = new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "environ")), StandardCharsets.UTF_8);
        for (String variable : all.split("\0")) {
            int equals = variable.indexOf('=');
            if (equals > 0) {
                environment.put(variable.substring(0, equals), variable.substring(equals + 1));
            }
        }
        return environment;
    }

    /**
     * Stops the stack's PostgreSQL server as {@code pg_ctl stop -m fast} does: open transactions are
     * rolled back, every connection is closed and new ones are refused, and the server checkpoints
     * before it exits. (Immediate mode, a crash, would also lose the last acknowledged commits here,
     * since the embedded server runs with {@code synchronous_commit=off}; a server of record would not.)
     */
    static void stopPostgres(RunningStack stack) throws IOException, InterruptedException {
        pgCtl(stack, "stop", "-m", "fast");
    }

    /** Starts the server again with the options it last ran with ({@code pg_ctl restart} reads them from postmaster.opts). */
    static void startPostgresAgain(RunningStack stack) throws IOException, InterruptedException {
        pgCtl(stack, "restart", "-l", stack.dataDir.resolve("logs/postgres-restarted.log").toString());
    }

    private static void pgCtl(RunningStack stack, String... action) throws IOException, InterruptedException {
        Path data = stack.dataDir.resolve("postgres");
        String postgres = Files.readString(data.resolve("postmaster.opts")).split(" ")[0];
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; the launcher's embedded server runs in a user namespace, and so must pg_ctl
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(Path.of(postgres).resolveSibling("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60"));
        command.addAll(List.of(action));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 90 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(command + " failed (exit " + process.exitValue() + "): " + output);
        }
    }
}
