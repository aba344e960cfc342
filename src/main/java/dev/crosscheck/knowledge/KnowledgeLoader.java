package dev.crosscheck.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a knowledge folder. Each kind of knowledge lives in {@code <kind>.txt} and/or in any number of
 * {@code <kind>/*.txt} files (one per domain, say), read in name order.
 */
public final class KnowledgeLoader {

    public static final List<String> KINDS = List.of("people", "hedges", "approximations", "boilerplate",
            "entities", "designations", "attributes", "units", "synonyms", "related", "patterns", "offices",
            "abbreviations", "frames", "places");

    private KnowledgeLoader() {
    }

    public static Knowledge load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Knowledge.empty();
        }
        rejectUnknownFiles(dir);
        return new Knowledge(
                PersonNouns.parse(lines(dir, "people")),
                Cues.parse(lines(dir, "hedges")),
                Approximations.parse(lines(dir, "approximations")),
                Boilerplate.parse(lines(dir, "boilerplate")),
                Entities.parse(lines(dir, "entities")),
                Designations.parse(lines(dir, "designations")),
                Attributes.parse(lines(dir, "attributes")),
                Units.parse(lines(dir, "units")),
                Synonyms.parse(lines(dir, "synonyms")),
                Relations.parse(lines(dir, "related")),
                Patterns.parse(lines(dir, "patterns")),
                Offices.parse(lines(dir, "offices")),
                abbreviations(lines(dir, "abbreviations")),
                Frames.parse(lines(dir, "frames")),
                Places.parse(lines(dir, "places")));
    }

    /** Every knowledge file of the folder, in the order they are read. */
    public static List<Path> files(Path dir) {
        List<Path> files = new ArrayList<>();
        for (String kind : KINDS) {
            files.addAll(filesOf(dir, kind));
        }
        return files;
    }

    private static List<KnowledgeLine> lines(Path dir, String kind) {
        List<KnowledgeLine> lines = new ArrayList<>();
        for (Path file : filesOf(dir, kind)) {
            lines.addAll(KnowledgeFile.read(file));
        }
        return lines;
    }

    private static List<Path> filesOf(Path dir, String kind) {
        List<Path> files = new ArrayList<>();
        Path single = dir.resolve(kind + ".txt");
        if (Files.isRegularFile(single)) {
            files.add(single);
        }
        Path folder = dir.resolve(kind);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        return files;
    }

    private static void rejectUnknownFiles(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path p : listing.sorted().toList()) {
                String name = p.getFileName().toString();
                String kind = Files.isDirectory(p) ? name : name.replaceFirst("\\.txt$", "");
                boolean knowledgeFile = Files.isDirectory(p) || name.endsWith(".txt");
                if (knowledgeFile && !KINDS.contains(kind)) {
                    throw new KnowledgeException(p, 0, "unknown kind of knowledge '" + kind
                            + "'; known kinds: " + String.join(", ", KINDS));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Set<String> abbreviations(List<KnowledgeLine> lines) {
        Set<String> abbreviations = new HashSet<>();
        for (KnowledgeLine line : lines) {
            for (String item : line.items()) {
                if (!item.endsWith(".")) {
                    throw line.error("an abbreviation ends with a full stop, got: " + item);
                }
                abbreviations.add(item.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(abbreviations);
    }
}
