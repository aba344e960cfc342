package dev.crosscheck.cli;

import java.nio.file.Path;

/** Where the installation lives (set by the launcher), for defaults such as the rules folder. */
final class Home {

    private Home() {
    }

    static Path dir() {
        String home = System.getProperty("crosscheck.home");
        return home == null ? Path.of("") : Path.of(home);
    }

    /**
     * Where compiled rule sets are cached: under the installation's build folder when run through the
     * launcher, else in the user's cache folder.
     */
    static Path ruleCache() {
        String home = System.getProperty("crosscheck.home");
        return home != null ? Path.of(home, "target", "rule-cache")
                : Path.of(System.getProperty("user.home"), ".cache", "crosscheck", "rules");
    }

    /** {@code rules/} of the current folder when there is one, else of the installation. */
    static Path defaultRules() {
        Path local = Path.of("rules");
        return java.nio.file.Files.isDirectory(local) ? local : dir().resolve("rules");
    }
}
