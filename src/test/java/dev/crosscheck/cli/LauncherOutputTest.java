package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher builds with Maven when it must, and what Maven prints goes to the user's terminal or log. Debian's
 * Maven 3.8 ends its output with a terminal reset (ESC[0m) even in batch mode and into a pipe, which a log shows as
 * "[0m[0m": the launcher's Maven settings must keep it out.
 */
class LauncherOutputTest {

    @Test
    void mavenAsTheLauncherRunsItPrintsNoTerminalCodes() throws IOException, InterruptedException {
        Prerequisites.require(onPath("mvn"), "mvn is not on the PATH");
        List<String> settings = Files.readAllLines(Path.of("crosscheck")).stream()
                .filter(l -> l.startsWith("export MAVEN_OPTS="))
                .toList();
        assertEquals(1, settings.size(), "the launcher sets MAVEN_OPTS for its build on one line");
        Process mvn = new ProcessBuilder("bash", "-c", settings.get(0) + "; exec mvn -q -B -o validate")
                .redirectErrorStream(true)
                .start();
        assertTrue(mvn.waitFor(120, TimeUnit.SECONDS), "mvn validate finished");
        String output = new String(mvn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, mvn.exitValue(), output);
        assertFalse(output.contains("\u001b"), "no terminal escape codes in: " + output.replace("\u001b", "ESC"));
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
