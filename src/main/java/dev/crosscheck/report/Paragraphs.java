package dev.crosscheck.report;

import dev.crosscheck.extract.Extracted;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the paragraph around a sentence in an article's clean body, so reviewers see the quote in context. */
final class Paragraphs {

    /** A paragraph's text and its offset in the body. */
    record Paragraph(String text, int start) {
    }

    private final Map<String, String> bodies = new HashMap<>();

    Paragraphs(List<Extracted> articles) {
        articles.forEach(e -> bodies.put(e.document().article().id(), e.document().article().body()));
    }

    /** The paragraph (blank-line separated) of {@code article}'s body that contains offset {@code at}. */
    Paragraph of(String article, int at) {
        String body = bodies.get(article);
        if (body == null) {
            return new Paragraph(null, 0);
        }
        int start = body.lastIndexOf("\n\n", at);
        start = start < 0 ? 0 : start + 2;
        int end = body.indexOf("\n\n", at);
        end = end < 0 ? body.length() : end;
        return new Paragraph(body.substring(start, end), start);
    }
}
