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
        return command.isPresent() && (command.get().contains("quarkus-run.jar") || command.get().contains("KafkaBrokerMain"));
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
