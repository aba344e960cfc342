package dev.crosscheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Lines that are not part of an article's story: {@code [drop]} lines are removed, and at an
 * {@code [end]} line the story is over (what follows is related links, comments, an author bio).
 * {@code [credit]} names picture credits: a caption scraped with its photo starts with one ("Getty Images Rescuers
 * search the water"), which is taken off the line, and a line that is only a credit is dropped.
 * File: {@code boilerplate.txt}, one regular expression per line, matched case-insensitively against
 * the whole trimmed line (a credit: against the start of the line, before a capital, a digit or a quote mark).
 */
public final class Boilerplate {

    private final List<Pattern> drop;
    private final List<Pattern> end;
    private final List<Pattern> credits;

    private Boilerplate(List<Pattern> drop, List<Pattern> end, List<Pattern> credits) {
        this.drop = List.copyOf(drop);
        this.end = List.copyOf(end);
        this.credits = List.copyOf(credits);
    }

    public static Boilerplate empty() {
        return new Boilerplate(List.of(), List.of(), List.of());
    }

    static Boilerplate parse(List<KnowledgeLine> lines) {
        List<Pattern> drop = new ArrayList<>();
        List<Pattern> end = new ArrayList<>();
        List<Pattern> credits = new ArrayList<>();
        for (KnowledgeLine line : lines) {
            if ("credit".equals(line.section())) {
                // The credit in any case; what follows it must start a caption: a capital, a digit, a quote mark.
                credits.add(compile(line, "(?iu:" + line.text() + ")(?:\\s*:\\s*|\\s+)(?=[\\p{Lu}\\d\"“‘'])|(?iu:"
                        + line.text() + ")\\s*$"));
                continue;
            }
            Pattern pattern = compile(line, "(?iu:" + line.text() + ")");
            if ("drop".equals(line.section())) {
                drop.add(pattern);
            } else if ("end".equals(line.section())) {
                end.add(pattern);
            } else {
                throw line.error("boilerplate patterns belong under [drop], [end] or [credit]");
            }
        }
        return new Boilerplate(drop, end, credits);
    }

    private static Pattern compile(KnowledgeLine line, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw line.error("not a regular expression: " + e.getDescription());
        }
    }

    /** The line without a picture credit at its start; empty when the line is only a credit. */
    public String withoutCredit(String line) {
        String trimmed = line.strip();
        for (Pattern credit : credits) {
            java.util.regex.Matcher m = credit.matcher(trimmed);
            if (m.lookingAt()) {
                return trimmed.substring(m.end()).strip();
            }
        }
        return trimmed;
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
