package dev.crosscheck.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's {@code @explanation} template. {@code {a.value}} is the first evidence item's value,
 * {@code {b.outlet}} the second's outlet, and so on; {@code {subject}} and {@code {attribute}} come
 * from the first item; {@code {timeline}} lists a figure's reports in order ("50 (CNN, 2017-10-02) → 59 ...");
 * {@code {a.frame}} is what the first claim says with its value masked, and {@code {similarity}} how surely the
 * first two say the same thing and why ("0.86 by the model", "1.00 by knowledge (frames.txt)"); {@code {topic}} is
 * what the claims are about and {@code {sides}} each side's value and source, as a {@link Headline} puts them.
 * Values read as plain words mid-sentence ("at least 59", not "At least 59"), and when two sides come from two
 * articles of one outlet, each outlet is named with its article.
 */
public final class Explanation {

    /** Every placeholder a template may use; `rules check` reports any other. */
    public static final List<String> FIELDS =
            List.of("value", "key", "outlet", "article", "quote", "time", "modality", "cue", "source", "published",
                    "frame");

    /** Placeholders about the conflict as a whole rather than one side. */
    public static final List<String> NAMED = List.of("subject", "attribute", "timeline", "similarity", "topic", "sides");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:([a-e])\\.)?([a-z]+)}");

    private Explanation() {
    }

    public static String fill(String template, List<Assertion> evidence) {
        return fill(template, evidence, List.of());
    }

    public static String fill(String template, List<Assertion> evidence, List<Assertion> timeline) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(1) == null && m.group(2).equals("timeline")
                    ? timeline(timeline.isEmpty() ? evidence : timeline, evidence)
                    : resolve(m.group(1), m.group(2), evidence, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Each distinct figure in order, with who first reported it and when. */
    private static String timeline(List<Assertion> reports, List<Assertion> evidence) {
        List<String> steps = new java.util.ArrayList<>();
        String last = null;
        for (Assertion a : reports) {
            if (!a.value().key().equals(last)) {
                steps.add(Wording.value(a) + " (" + Wording.source(a, evidence) + ", "
                        + (a.at().published() == null ? "undated" : a.at().published()) + ")");
                last = a.value().key();
            }
        }
        return String.join(" → ", steps);
    }

    private static String similarity(Assertion a, Assertion b) {
        return String.format(java.util.Locale.ROOT, "%.2f by %s", a.frameSimilarity(b), a.frame().basis(b.frame()));
    }

    /** Placeholders in the template that {@link #fill} cannot resolve. */
    public static List<String> unknownPlaceholders(String template) {
        return PLACEHOLDER.matcher(template).results()
                .filter(r -> r.group(1) == null
                        ? !NAMED.contains(r.group(2))
                        : !FIELDS.contains(r.group(2)))
                .map(r -> r.group())
                .toList();
    }

    private static String resolve(String item, String field, List<Assertion> evidence, String literal) {
        if (item == null) {
            Assertion first = evidence.get(0);
            return switch (field) {
                case "subject" -> first.subject();
                case "attribute" -> first.attribute();
                case "similarity" -> evidence.size() < 2 ? literal : similarity(first, evidence.get(1));
                case "topic" -> Headline.topic(first, evidence);
                case "sides" -> Headline.sides(evidence);
                default -> literal;
            };
        }
        int index = item.charAt(0) - 'a';
        if (index >= evidence.size()) {
            return literal;
        }
        Assertion a = evidence.get(index);
        return switch (field) {
            case "value" -> Wording.value(a);
            case "key" -> a.value().key();
            case "outlet" -> Wording.source(a, evidence);
            case "article" -> a.article();
            case "quote" -> a.quote();
            case "time" -> a.time() == null ? "an unknown time" : a.time().label();
            case "modality" -> a.modality().name().toLowerCase(java.util.Locale.ROOT);
            case "cue" -> a.cue() == null ? "" : a.cue();
            case "source" -> a.source() == null ? Wording.source(a, evidence) : a.source();
            case "published" -> a.at().published() == null ? "an unknown date" : a.at().published().toString();
            case "frame" -> a.frame().text().isEmpty() ? a.attribute() : "\"" + a.frame().text() + "\"";
            default -> literal;
        };
    }
}
