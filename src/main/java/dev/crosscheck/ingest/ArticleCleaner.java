package dev.crosscheck.ingest;

import dev.crosscheck.knowledge.Boilerplate;
import dev.crosscheck.text.Invisibles;
import java.util.ArrayList;
import java.util.List;

/** Turns a raw article into a clean one, or a skip with the reason it cannot be analysed. */
final class ArticleCleaner {

    private final Boilerplate boilerplate;
    private final LanguageIdentifier languages;

    ArticleCleaner(Boilerplate boilerplate, LanguageIdentifier languages) {
        this.boilerplate = boilerplate;
        this.languages = languages;
    }

    Ingested clean(RawArticle given) {
        RawArticle raw = visible(given);
        String text = raw.text().replace("\r\n", "\n").replace('\r', '\n');
        Header.Parsed header = Header.parse(text.lines().toList(), blankToNull(raw.title()));
        String body = Body.build(header.story(), boilerplate);
        if (body.isBlank()) {
            return Ingested.skip(raw.path(), "empty: no story text left after removing metadata and boilerplate");
        }
        String language = languages.identify(body);
        if (!language.equals("eng")) {
            return Ingested.skip(raw.path(), language.equals("und")
                    ? "too short to tell its language (" + body.length() + " characters)"
                    : "not English: OpenNLP's language detector says " + LanguageIdentifier.name(language) + " ('" + language + "')");
        }
        List<String> problems = new ArrayList<>();
        var published = raw.published() != null ? raw.published() : header.published();
        if (published == null) {
            problems.add("no publication date found, so relative dates such as 'on Wednesday' stay unresolved");
        }
        String outlet = blankToNull(raw.outlet()) != null ? raw.outlet() : header.outlet();
        return Ingested.of(new Article(raw.id(), raw.path(), outlet, raw.url(), header.title(), header.byline(),
                published, "en", body, problems, blankToNull(raw.story()),
                blankToNull(raw.summaryOf()) != null ? raw.summaryOf().strip() : header.summaryOf()));
    }

    /**
     * The article without invisible characters (bidi overrides, zero-width and control characters): in a
     * title, outlet or link they make it read as something else, and in the text they split words.
     */
    private static RawArticle visible(RawArticle r) {
        return new RawArticle(Invisibles.strip(r.id()), r.path(), Invisibles.strip(r.outlet()), Invisibles.strip(r.url()),
                Invisibles.strip(r.title()), r.published(), Invisibles.strip(r.text()), Invisibles.strip(r.story()),
                Invisibles.strip(r.summaryOf()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
