package org.leadershipimpact.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherOptionsTest {

    @Test
    void withoutArgumentsItRunsOnTheDefaultPortsInTheRepositorysDataFolder() {
        Launcher.Options options = Launcher.Options.parse(new String[0]);
        assertEquals("run", options.command());
        assertEquals(Ports.DEFAULT, options.ports());
        assertEquals(options.repoRoot().resolve(".local-stack"), options.dataDir());
    }

    @Test
    void portsAndFolderCanBeChosen() {
        Launcher.Options options = Launcher.Options.parse(new String[] {
                "run", "--port", "9000", "--postgres-port", "6543", "--kafka-port", "29092", "--data-dir", "/tmp/lip"});
        assertEquals(new Ports(9000, 6543, 29092, 29093), options.ports());
        assertEquals(9001, options.ports().programmes());
        assertEquals(9003, options.ports().evaluation());
        assertEquals(Path.of("/tmp/lip"), options.dataDir());
    }

    @Test
    void postgresCanBeGivenServerSettings() {
        Launcher.Options options = Launcher.Options.parse(new String[] {
                "--postgres-setting", "log_destination=csvlog", "--postgres-setting", "log_line_prefix=%m [%p] "});
        assertEquals(Map.of("log_destination", "csvlog", "log_line_prefix", "%m [%p] "), options.postgresSettings());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Launcher.Options.parse(new String[] {"--postgres-setting", "fsync"}))
                .getMessage().contains("--postgres-setting must be NAME=VALUE"));
    }

    @Test
    void theTokenCommandTakesRolesAndSystems() {
        Launcher.Options options = Launcher.Options.parse(new String[] {"token", "--roles", "analyst,integrator", "--systems", "SURREY,FRIMLEY"});
        assertEquals("token", options.command());
        assertEquals(List.of("analyst", "integrator"), options.roles());
        assertEquals(List.of("SURREY", "FRIMLEY"), options.systems());
    }

    @Test
    void mistakesAreExplainedWithTheUsage() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Launcher.Options.parse(new String[] {"--colour", "blue"}));
        assertTrue(unknown.getMessage().contains("unknown option --colour"));
        assertTrue(unknown.getMessage().contains("Usage:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Launcher.Options.parse(new String[] {"--port", "eighty"}))
                .getMessage().contains("--port must be a port number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Launcher.Options.parse(new String[] {"--port"}))
                .getMessage().contains("--port needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Launcher.Options.parse(new String[] {"start"}))
                .getMessage().contains("unknown command 'start'"));
    }
}
