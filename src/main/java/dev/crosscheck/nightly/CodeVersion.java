package dev.crosscheck.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of the code that turns an article into its extracted claims: the compiled classes of the
 * packages involved (from the jar or the classes folder they were loaded from) and the OpenNLP version.
 * Cached extractions are keyed by it, so a rebuilt extractor never reuses what an older one read.
 */
final class CodeVersion {

    /** Packages whose classes decide what {@code StoryChecker.read} returns, or how it is stored. */
    static final List<String> EXTRACTION = List.of("annotate", "extract", "facts", "text", "knowledge", "ingest",
            "nightly");
    /** Packages whose classes decide a story's report section: extraction, grouping, alignment, rules, report. */
    static final List<String> CHECKING = List.of("annotate", "extract", "facts", "text", "knowledge", "ingest",
            "nightly", "group", "align", "rules", "check", "report");

    private static final Map<List<String>, String> KNOWN = new ConcurrentHashMap<>();

    private CodeVersion() {
    }

    /** SHA-256 (hex) over the class files of {@code packages}, in name order, and the OpenNLP version. */
    static String of(List<String> packages) {
        return KNOWN.computeIfAbsent(List.copyOf(packages), CodeVersion::compute);
    }

    private static String compute(List<String> packages) {
        CodeSource source = CodeVersion.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("cannot tell where the crosscheck classes were loaded from");
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("odd class location " + source.getLocation(), e);
        }
        Sha256 hash = new Sha256();
        hash.add(opennlp.tools.util.Version.currentVersion().toString());
        try {
            if (Files.isDirectory(location)) {
                for (Path file : classFiles(location, packages)) {
                    hash.add(location.relativize(file).toString().replace('\\', '/'));
                    hash.add(Files.readAllBytes(file));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> entries = jar.stream().filter(e -> relevant(e.getName(), packages))
                            .sorted(Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry entry : entries) {
                        hash.add(entry.getName());
                        try (InputStream in = jar.getInputStream(entry)) {
                            hash.add(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the crosscheck classes in " + location, e);
        }
        return hash.hex();
    }

    private static List<Path> classFiles(Path root, List<String> packages) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root.resolve("dev/crosscheck"))) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> relevant(root.relativize(p).toString().replace('\\', '/'), packages))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                    .forEach(files::add);
        }
        return files;
    }

    private static boolean relevant(String name, List<String> packages) {
        if (!name.endsWith(".class")) {
            return false;
        }
        return packages.stream().anyMatch(p -> name.startsWith("dev/crosscheck/" + p + "/"));
    }
}
