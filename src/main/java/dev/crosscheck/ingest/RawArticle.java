package dev.crosscheck.ingest;

import java.time.LocalDate;

/**
 * An article as a source gives it, before cleaning: metadata the container knew (a feed record's
 * fields, an HTML page's meta tags; null when unknown) and the text with whatever header lines,
 * bylines and boilerplate it carries.
 */
record RawArticle(String id, String path, String outlet, String url, String title, LocalDate published,
                  String text, String story, String summaryOf) {
}
