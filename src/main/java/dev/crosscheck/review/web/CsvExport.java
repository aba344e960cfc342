package dev.crosscheck.review.web;

import dev.crosscheck.review.reports.Side;
import java.util.List;

/**
 * Confirmed discrepancies as CSV (RFC 4180), one row per side of each conflict, with the note the editor gave when
 * confirming (last column, so older readers of the file find the columns they know where they were). Cells that a spreadsheet
 * would run as a formula (=, +, -, @ first, after any spaces or line breaks; a tab or CR first) get a
 * leading apostrophe: article text is untrusted.
 */
final class CsvExport {

    static final List<String> HEADER = List.of("conflict_id", "severity", "category", "rule", "story", "subject",
            "attribute", "explanation", "confirmed_by", "confirmed_at", "side", "article", "outlet", "published",
            "url", "quote", "sentence", "note");

    private CsvExport() {
    }

    static String render(List<Confirmed> confirmed) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Confirmed c : confirmed) {
            var item = c.item();
            int n = 0;
            for (Side side : item.sides()) {
                n++;
                row(csv, List.of(item.id(), nz(item.severity()), nz(item.category()), nz(item.rule()),
                        item.storyTitle() != null ? item.storyTitle() : nz(item.storyId()), nz(item.subject()),
                        nz(item.attribute()), nz(item.explanation()), c.confirmation().editor(),
                        c.confirmation().at(), Integer.toString(n), nz(side.article()), nz(side.outlet()),
                        nz(side.published()), nz(side.url()), nz(side.quote()),
                        side.sentence().text(), nz(c.confirmation().note())));
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (formulaLike(v)) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /**
     * Spreadsheets skip leading spaces and line breaks before a formula sign, so " =1+1" and "\n=1+1" run as
     * formulas too; a tab or carriage return first is the same trick.
     */
    private static boolean formulaLike(String v) {
        int i = 0;
        while (i < v.length() && (Character.isWhitespace(v.charAt(i)) || Character.isSpaceChar(v.charAt(i)))) {
            if (v.charAt(i) == '\t' || v.charAt(i) == '\r') {
                return true;
            }
            i++;
        }
        return i < v.length() && "=+-@\uff1d\uff0b\uff0d\uff20".indexOf(v.charAt(i)) >= 0;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
