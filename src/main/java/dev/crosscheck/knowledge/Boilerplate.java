package dev.crosscheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Lines that are not part of an article's story: {@code [drop]} lines are removed, and at an
 * {@code [end]} line the story is over (what follows is related links, comments, an author bio).
 * File: {@code boilerplate.txt}, one regular expression per line, matched case-insensitively against
 * the whole trimmed line.
 */
public final class Boilerplate {

    private final List<Pattern> drop;
    private final List<Pattern> end;

    private Boilerplate(List<Pattern> drop, List<Pattern> end) {
        this.drop = List.copyOf(drop);
        this.end = List.copyOf(end);
    }

    public static Boilerplate empty() {
        return new Boilerplate(List.of(), List.of());
    }

    static Boilerplate parse(List<KnowledgeLine> lines) {
        List<Pattern> drop = new ArrayList<>();
        List<Pattern> end = new ArrayList<>();
        for (KnowledgeLine line : lines) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(line.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw line.error("not a regular expression: " + e.getDescription());
            }
            if ("drop".equals(line.section())) {
                drop.add(pattern);
            } else if ("end".equals(line.section())) {
                end.add(pattern);
            } else {
                throw line.error("boilerplate patterns belong under [drop] or [end]");
            }
        }
        return new Boilerplate(drop, end);
    }

    public boolean drops(String line) {
        return matchesAny(drop, line);
    }

    public boolean ends(String line) {
        return matchesAny(end, line);
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        String trimmed = line.strip();
        return patterns.stream().anyMatch(p -> p.matcher(trimmed).matches());
    }
}
