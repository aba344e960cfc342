package dev.crosscheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that state an attribute of a named person or thing ("Jane Roe, 64," gives Jane Roe's age).
 * File: {@code patterns.txt} (or several under {@code patterns/}): a section per attribute, optionally
 * with the range a number may take ({@code [age 0-120]}), then one pattern per line. In a pattern,
 * {@code {name}} matches a name, {@code {number}} a number and {@code {word}} any one word; every other
 * word or mark must appear as written (case does not matter). Each pattern has one {@code {name}} and one
 * value: a {@code {number}} or a {@code {word}}.
 */
public final class Patterns {

    /** One element of a pattern: a slot ({@code name}, {@code number}, {@code word}) or a literal text. */
    public record Element(String slot, String literal) {
        public boolean isSlot() {
            return slot != null;
        }
    }

    /** A pattern for an attribute, with the range its number may take (or the whole line). */
    public record AttributePattern(String attribute, List<Element> elements, double min, double max, String source) {
    }

    private static final Pattern SECTION = Pattern.compile("(.+?)(?:\\s+(\\d+(?:\\.\\d+)?)\\s*-\\s*(\\d+(?:\\.\\d+)?))?");
    private static final Pattern ELEMENT = Pattern.compile("\\{(\\w+)}|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static final List<String> SLOTS = List.of("name", "number", "word");

    private final List<AttributePattern> patterns;

    private Patterns(List<AttributePattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static Patterns empty() {
        return new Patterns(List.of());
    }

    static Patterns parse(List<KnowledgeLine> lines) {
        List<AttributePattern> patterns = new ArrayList<>();
        for (KnowledgeLine line : lines) {
            if (line.section() == null) {
                throw line.error("patterns belong under a section naming their attribute, such as [age 0-120]");
            }
            Matcher section = SECTION.matcher(line.section());
            if (!section.matches()) {
                throw line.error("a pattern section reads [attribute] or [attribute min-max], got: [" + line.section() + "]");
            }
            double min = section.group(2) == null ? Double.NEGATIVE_INFINITY : Double.parseDouble(section.group(2));
            double max = section.group(3) == null ? Double.POSITIVE_INFINITY : Double.parseDouble(section.group(3));
            patterns.add(new AttributePattern(section.group(1).strip(), elements(line), min, max, line.text()));
        }
        return new Patterns(patterns);
    }

    private static List<Element> elements(KnowledgeLine line) {
        List<Element> elements = new ArrayList<>();
        Matcher m = ELEMENT.matcher(line.text());
        int names = 0;
        int values = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                String slot = m.group(1).toLowerCase(Locale.ROOT);
                if (!SLOTS.contains(slot)) {
                    throw line.error("unknown slot {" + m.group(1) + "}: use {name}, {number} or {word}");
                }
                names += slot.equals("name") ? 1 : 0;
                values += slot.equals("name") ? 0 : 1;
                elements.add(new Element(slot, null));
            } else {
                elements.add(new Element(null, m.group().toLowerCase(Locale.ROOT)));
            }
        }
        if (names != 1 || values != 1) {
            throw line.error("a pattern needs one {name} and one value, {number} or {word}: " + line.text());
        }
        return elements;
    }

    public List<AttributePattern> all() {
        return patterns;
    }
}
