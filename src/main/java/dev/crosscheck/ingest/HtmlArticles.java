package dev.crosscheck.ingest;

import dev.crosscheck.text.Dates;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads an HTML page: metadata from the usual meta tags, the story from its paragraphs. */
final class HtmlArticles {

    private HtmlArticles() {
    }

    static RawArticle parse(String id, String path, String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
        String outlet = meta(doc, "og:site_name");
        String url = firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
        LocalDate published = date(firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                attr(doc.selectFirst("time[datetime]"), "datetime")));
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        String text = root.select("h1, h2, h3, p, li").stream()
                .map(Element::text)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n\n"));
        if (text.isBlank()) {
            text = root.wholeText();
        }
        return new RawArticle(id, path, outlet, url, title, published, text, null, null);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static LocalDate date(String text) {
        return text == null ? null : Dates.find(text).map(Dates.Found::date).orElse(null);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
