package org.leadershipimpact.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A launcher that was killed outright (kill -9, a closed terminal) cannot stop its services; the
 * next launcher on the same folder does, using the process ids the first one wrote down. It stops a
 * process only if it still looks like one of ours, since process ids are reused.
 */
final class StaleProcesses {

    private StaleProcesses() {
    }

    /** Stops what a killed launcher left running on {@code dataDir}: services, Kafka, then PostgreSQL. */
    static void stopLeftovers(Path dataDir) {
        stop(dataDir.resolve("pids"));
        stopPostgres(dataDir.resolve("postgres"));
    }

    /** PostgreSQL writes its own pid file; its command line names the data folder, which makes sure it is ours. */
    private static void stopPostgres(Path postgresDir) {
        Path pidFile = postgresDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(postgresDir.toString())).orElse(false))
                    .ifPresent(StaleProcesses::stop);
        } catch (IOException | RuntimeException e) {
            // nothing to recover from; a port still in use is reported next
        }
    }

    static void stop(Path pidsFile) {
        if (!Files.exists(pidsFile)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(pidsFile)) {
                if (!line.isBlank()) {
                    ProcessHandle.of(Long.parseLong(line.trim())).filter(StaleProcesses::isOurs).ifPresent(StaleProcesses::stop);
                }
            }
            Files.deleteIfExists(pidsFile);
        } catch (IOException | NumberFormatException e) {
            // nothing to recover from; a port still in use is reported next
        }
    }

    private static boolean isOurs(ProcessHandle process) {
        Optional<String> command = process.info().commandLine();
        // the marker comes first: the operating system reports only the start of a long command line
        return command.isPresent() && command.get().contains(ServiceProcess.MARKER_PREFIX);
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
