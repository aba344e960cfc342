package dev.crosscheck.ingest;

import dev.crosscheck.knowledge.Boilerplate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the clean story text from story lines: drops boilerplate, takes picture credits off captions, stops at an
 * end marker, joins a
 * sentence broken across lines ("after the two leaders" / "signed an agreement"), and separates
 * paragraphs with one blank line.
 */
final class Body {

    private Body() {
    }

    static String build(List<String> lines, Boilerplate boilerplate) {
        List<StringBuilder> paragraphs = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip().replaceAll("\\s+", " ");
            if (line.isEmpty()) {
                continue;
            }
            if (boilerplate.ends(line)) {
                break;
            }
            if (boilerplate.drops(line)) {
                continue;
            }
            line = boilerplate.withoutCredit(line);
            if (line.isEmpty()) {
                continue;
            }
            StringBuilder last = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            if (last != null && continues(last, line)) {
                last.append(' ').append(line);
            } else {
                paragraphs.add(new StringBuilder(line));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** A line continues the paragraph before it when that one stopped mid-sentence. */
    private static boolean continues(CharSequence previous, String line) {
        return !Header.endsSentence(previous.toString()) && Character.isLowerCase(line.codePointAt(0));
    }
}
