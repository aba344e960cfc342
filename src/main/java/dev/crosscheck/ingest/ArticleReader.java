package dev.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.io.FileErrors;
import dev.crosscheck.knowledge.Boilerplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles from files and folders: {@code .txt} (scraped text), {@code .json} (one feed record or
 * an array of them), {@code .jsonl} (one record per line) and {@code .html}. Anything unreadable is
 * skipped with its reason and, for a feed, its line; reading never stops half-way.
 */
public final class ArticleReader {

    /** A single article larger than this is not news text. */
    public static final long MAX_ARTICLE_BYTES = 2L * 1024 * 1024;
    /** Fixture folders hold their expectations next to the articles; they are not articles. */
    public static final String EXPECTATIONS_FILE = "expected.json";

    private static final List<String> EXTENSIONS = List.of("txt", "json", "jsonl", "html", "htm");
    /** A JSONL line past this is not read at all (a record's text is held to MAX_ARTICLE_BYTES after parsing). */
    static final int MAX_JSONL_LINE_BYTES = (int) (4 * MAX_ARTICLE_BYTES);
    private final ObjectMapper json = new ObjectMapper();
    private final ArticleCleaner cleaner;
    private final InputFiles files;

    public ArticleReader(Boilerplate boilerplate, LanguageIdentifier languages) {
        this(boilerplate, languages, Files::newDirectoryStream);
    }

    /** With another way to list folders: tests inject the failure of a folder that cannot be read. */
    ArticleReader(Boilerplate boilerplate, LanguageIdentifier languages, InputFiles.Lister lister) {
        this.cleaner = new ArticleCleaner(boilerplate, languages);
        this.files = new InputFiles(lister, EXTENSIONS);
    }

    /** An article given as text (a rule test case, say), cleaned like any other article. */
    public Ingested fromText(String id, String outlet, LocalDate published, String title, String text) {
        return fromText(id, outlet, published, title, text, null);
    }

    /** As {@link #fromText(String, String, LocalDate, String, String)}, for a summary of the article {@code summaryOf}. */
    public Ingested fromText(String id, String outlet, LocalDate published, String title, String text, String summaryOf) {
        return cleaner.clean(new RawArticle(id, id, outlet, null, title, published, text, null, summaryOf));
    }

    /**
     * Reads every path: files directly, folders recursively in name order. Articles that share an id are kept
     * apart (see {@link UniqueIds}); a summary whose source was not read is read as an article (see
     * {@link SummarySources}).
     */
    public Ingested read(List<Path> paths) {
        List<Ingested> parts = new ArrayList<>();
        for (InputFiles.Entry entry : files.list(paths)) {
            parts.add(entry.skipped() != null ? new Ingested(List.of(), List.of(entry.skipped()))
                    : readFile(entry.file()));
        }
        return SummarySources.apply(UniqueIds.apply(Ingested.concat(parts)));
    }

    /** One file whatever happens in it: an unexpected failure skips the file with its cause, never the run. */
    private Ingested readFile(Path file) {
        try {
            return readKnownFile(file);
        } catch (IOException e) {
            return Ingested.skip(file.toString(), "cannot read: " + FileErrors.cause(e));
        } catch (RuntimeException | StackOverflowError e) {
            return Ingested.skip(file.toString(), "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private Ingested readKnownFile(Path file) throws IOException {
        String ext = extension(file);
        if (ext.equals("jsonl")) {
            return readJsonLines(file);
        }
        if (ext.equals("json")) {
            return readJson(file);
        }
        long size = Files.size(file);
        if (size > MAX_ARTICLE_BYTES) {
            return Ingested.skip(file.toString(), tooLarge(size));
        }
        String text;
        try {
            text = decode(file);
        } catch (Utf8.Malformed e) {
            return Ingested.skip(file.toString(), "binary or not UTF-8 text");
        }
        return switch (ext) {
            case "html", "htm" -> cleaner.clean(HtmlArticles.parse(id(file), file.toString(), text));
            default -> cleaner.clean(new RawArticle(id(file), file.toString(), null, null, null, null, text, null, null));
        };
    }

    /**
     * One feed record or an array of them, read as a stream so a large array costs one record's memory. A
     * record that breaks the JSON (or Jackson's limits: nesting, string length) stops the file there: the
     * records before it are kept and the rest is skipped with the line it broke on.
     */
    private Ingested readJson(Path file) throws IOException {
        List<Ingested> parts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = json.getFactory().createParser(in)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return Ingested.skip(file.toString(), "empty JSON file");
                }
                if (first != JsonToken.START_ARRAY) {
                    return record(parser.readValueAsTree(), file.toString(), id(file));
                }
                for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                    if (parser.currentToken() == null) {
                        throw new JsonParseException(parser, "the array is not closed");
                    }
                    parts.add(record(parser.readValueAsTree(), file + "[" + i + "]", id(file) + "-" + i));
                }
                return Ingested.concat(parts);
            } catch (JsonProcessingException e) {
                String rest = parts.isEmpty() ? "" : "; " + parts.size() + " records before it were read, the rest is not";
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                parts.add(Ingested.skip(at == null || at.getLineNr() < 1 ? file.toString() : file + ":" + at.getLineNr(),
                        JsonProblems.reason(e) + rest));
                return Ingested.concat(parts);
            }
        }
    }

    /**
     * One record per line. Each line is decoded and parsed on its own: a bad byte, bad JSON or an oversized line
     * skips that line, with its number, and reading goes on with the next.
     */
    private Ingested readJsonLines(Path file) throws IOException {
        List<Ingested> parts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            ByteLines lines = new ByteLines(in, MAX_JSONL_LINE_BYTES);
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                String where = file + ":" + line.number();
                if (line.bytes() == null) {
                    parts.add(Ingested.skip(where, tooLarge(line.length())));
                    continue;
                }
                String text;
                try {
                    text = Utf8.decode(line.bytes());
                } catch (Utf8.Malformed e) {
                    parts.add(Ingested.skip(where, e.getMessage()));
                    continue;
                }
                parts.add(jsonLine(file.toString(), line.number(), text));
            }
        }
        return Ingested.concat(parts);
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
        if (line.length() > MAX_JSONL_LINE_BYTES) {
            return Ingested.skip(where, tooLarge(line.length()));
        }
        try {
            return record(json.readTree(line), where, id(Path.of(file)) + "-" + number);
        } catch (JsonProcessingException e) {
            return Ingested.skip(where, JsonProblems.reason(e));
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
                field(node, "title"), published, text, field(node, "story"),
                field(node, "summary_of")));
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String decode(Path file) throws IOException, Utf8.Malformed {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new Utf8.Malformed("binary");
            }
        }
        return Utf8.decode(bytes);
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

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
