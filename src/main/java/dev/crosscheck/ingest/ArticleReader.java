package dev.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.knowledge.Boilerplate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders: {@code .txt} (scraped text), {@code .json} (one feed record or
 * an array of them), {@code .jsonl} (one record per line) and {@code .html}. Anything unreadable is
 * skipped with its reason; reading never stops half-way.
 */
public final class ArticleReader {

    /** A single article larger than this is not news text. */
    public static final long MAX_ARTICLE_BYTES = 2L * 1024 * 1024;
    /** Fixture folders hold their expectations next to the articles; they are not articles. */
    public static final String EXPECTATIONS_FILE = "expected.json";

    private static final List<String> EXTENSIONS = List.of("txt", "json", "jsonl", "html", "htm");
    private final ObjectMapper json = new ObjectMapper();
    private final ArticleCleaner cleaner;

    public ArticleReader(Boilerplate boilerplate, LanguageIdentifier languages) {
        this.cleaner = new ArticleCleaner(boilerplate, languages);
    }

    /** An article given as text (a rule test case, say), cleaned like any other article. */
    public Ingested fromText(String id, String outlet, LocalDate published, String title, String text) {
        return cleaner.clean(new RawArticle(id, id, outlet, null, title, published, text, null));
    }

    /** Reads every path: files directly, folders recursively in name order. */
    public Ingested read(List<Path> paths) {
        Ingested all = new Ingested(List.of(), List.of());
        for (Path path : paths) {
            all = all.plus(readPath(path));
        }
        return all;
    }

    private Ingested readPath(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                Ingested all = new Ingested(List.of(), List.of());
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals(EXPECTATIONS_FILE) || name.startsWith(".")) {
                        continue;
                    }
                    all = all.plus(EXTENSIONS.contains(extension(file)) ? readFile(file)
                            : Ingested.skip(file.toString(), "not an article file (read: .txt, .json, .jsonl, .html)"));
                }
                return all;
            } catch (IOException e) {
                return Ingested.skip(path.toString(), "cannot list folder: " + e.getMessage());
            }
        }
        if (!Files.exists(path)) {
            return Ingested.skip(path.toString(), "no such file or folder");
        }
        return readFile(path);
    }

    private Ingested readFile(Path file) {
        String ext = extension(file);
        try {
            if (ext.equals("jsonl")) {
                return readJsonLines(file);
            }
            long size = Files.size(file);
            if (size > MAX_ARTICLE_BYTES && !ext.equals("json")) {
                return Ingested.skip(file.toString(), tooLarge(size));
            }
            String text = decode(file);
            return switch (ext) {
                case "json" -> readJson(file, text);
                case "html", "htm" -> cleaner.clean(HtmlArticles.parse(id(file), file.toString(), text));
                default -> cleaner.clean(new RawArticle(id(file), file.toString(), null, null, null, null, text, null));
            };
        } catch (CharacterCodingException e) {
            return Ingested.skip(file.toString(), "binary or not UTF-8 text");
        } catch (IOException e) {
            return Ingested.skip(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private Ingested readJson(Path file, String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            return Ingested.skip(file + ":" + e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null) {
            return Ingested.skip(file.toString(), "empty JSON file");
        }
        if (root.isArray()) {
            Ingested all = new Ingested(List.of(), List.of());
            for (int i = 0; i < root.size(); i++) {
                all = all.plus(record(root.get(i), file + "[" + i + "]", id(file) + "-" + i));
            }
            return all;
        }
        return record(root, file.toString(), id(file));
    }

    private Ingested readJsonLines(Path file) throws IOException {
        Ingested all = new Ingested(List.of(), List.of());
        try (InputStream in = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(in,
                     StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            String line;
            int number = 0;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    return all.plus(Ingested.skip(file + ":" + (number + 1), "binary or not UTF-8 text; the rest of the file is unread"));
                }
                if (line == null) {
                    break;
                }
                number++;
                all = all.plus(jsonLine(file.toString(), number, line));
            }
        }
        return all;
    }

    /**
     * One line of a JSONL feed, read as {@link #read} reads it: {@code file} names the feed as the user gave
     * it, {@code number} counts lines from 1. For an engine that reads a feed's lines in many places.
     */
    public Ingested jsonLine(String file, int number, String line) {
        if (line.isBlank()) {
            return new Ingested(List.of(), List.of());
        }
        String where = file + ":" + number;
        if (line.length() > MAX_ARTICLE_BYTES) {
            return Ingested.skip(where, tooLarge(line.length()));
        }
        try {
            return record(json.readTree(line), where, id(Path.of(file)) + "-" + number);
        } catch (JsonProcessingException e) {
            return Ingested.skip(where, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private Ingested record(JsonNode node, String where, String fallbackId) {
        if (node == null || !node.isObject()) {
            return Ingested.skip(where, "not a JSON object");
        }
        String text = field(node, "text");
        if (text == null) {
            return Ingested.skip(where, "no 'text' field");
        }
        if (text.length() > MAX_ARTICLE_BYTES) {
            return Ingested.skip(where, tooLarge(text.length()));
        }
        String id = field(node, "id") != null ? field(node, "id") : fallbackId;
        LocalDate published = null;
        String date = field(node, "published");
        if (date != null) {
            try {
                published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                return Ingested.skip(where, "'published' is not a YYYY-MM-DD date: " + date);
            }
        }
        return cleaner.clean(new RawArticle(id, where, field(node, "outlet"), field(node, "url"),
                field(node, "title"), published, text, field(node, "story")));
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new CharacterCodingException();
            }
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String tooLarge(long bytes) {
        return String.format(Locale.ROOT, "too large for one article: %.1f MB (limit %d MB)",
                bytes / 1048576.0, MAX_ARTICLE_BYTES / 1048576);
    }

    static String id(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
