package dev.crosscheck.ingest;

import dev.crosscheck.text.Dates;
import dev.crosscheck.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates the metadata lines at the top of a scraped article (title, byline, a line with the date
 * and time, an "Author:" line, a "date YYYY-MM-DD" prefix) from the story, and reads them. A headline
 * the text carries stays in the story once, as its first paragraph, since headlines make claims too.
 * These are layouts of text, not words of any story, so they live here rather than in the knowledge files.
 */
final class Header {

    private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\s+");
    private static final Pattern AUTHOR_LINE = Pattern.compile("^Author:\\s*(.+?)\\s+(\\d{4}-\\d{2}-\\d{2})\\b.*$");
    private static final Pattern TITLE_LINE = Pattern.compile("^Title:\\s*(.+)$");
    /** "Summary of: ID": the article is a summary of the article with that id (a feed record's summary_of). */
    private static final Pattern SUMMARY_OF_LINE = Pattern.compile("^Summary of:\\s*(\\S+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^By:? ([A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3}(?:(?:,| and) [A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3})*)$");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern WIRE_DATELINE =
            Pattern.compile("^[A-Z][A-Z .'-]{2,}(?:, [A-Za-z .]+)? \\(([A-Z][A-Za-z .]+)\\)\\s*[-–—]");
    private static final int TITLE_MAX = 200;
    private static final int META_LINE_MAX = 100;

    /** The metadata found and the story lines left (blank lines kept as paragraph breaks). */
    record Parsed(String title, String byline, String outlet, LocalDate published, String summaryOf,
                  List<String> story) {
    }

    private Header() {
    }

    static Parsed parse(List<String> lines, String knownTitle) {
        String title = knownTitle;
        String byline = null;
        String outlet = null;
        String summaryOf = null;
        LocalDate published = null;
        List<String> story = new ArrayList<>();
        boolean inHeader = true;
        boolean firstContent = true;
        boolean headlineKept = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher m;
            if ((m = TITLE_LINE.matcher(line)).matches()) {
                title = title == null ? m.group(1).strip() : title;
                continue;
            }
            if ((m = SUMMARY_OF_LINE.matcher(line)).matches()) {
                summaryOf = m.group(1);
                continue;
            }
            if (line.isEmpty()) {
                story.add("");
                continue;
            }
            if (firstContent && (m = DATE_PREFIX.matcher(line)).find()) {
                published = Dates.find(m.group(1)).map(Dates.Found::date).orElse(null);
                line = line.substring(m.end()).strip();
            }
            if (inHeader) {
                if ((m = AUTHOR_LINE.matcher(line)).matches()) {
                    outlet = m.group(1).strip();
                    published = published != null ? published
                            : Dates.find(m.group(2)).map(Dates.Found::date).orElse(null);
                    continue;
                }
                if ((m = BYLINE.matcher(line)).matches()) {
                    byline = m.group(1);
                    continue;
                }
                if (line.length() <= META_LINE_MAX && CLOCK.matcher(line).find() && Dates.find(line).isPresent()) {
                    published = published != null ? published : Dates.find(line).get().date();
                    continue;
                }
                String next = nextContent(lines, i);
                if (next != null && line.length() <= 40 && next.startsWith(line) && next.length() > line.length()) {
                    continue; // a name repeated at the start of the next line: "Jane Roe" / "Jane RoeSep 15, ..."
                }
                boolean detectedTitle = firstContent && title == null && next != null && line.length() <= TITLE_MAX
                        && !endsSentence(line);
                if (detectedTitle) {
                    title = line;
                }
                if (title != null && sameText(line, title)) {
                    // The headline makes claims too ("58 killed"): keep it once, as the first paragraph.
                    if (!headlineKept) {
                        story.add(line);
                        story.add("");
                        headlineKept = true;
                    }
                    firstContent = false;
                    continue;
                }
                if (outlet == null && (m = WIRE_DATELINE.matcher(line)).find()) {
                    outlet = m.group(1).strip();
                }
                if (line.length() >= 80 && endsSentence(line)) {
                    inHeader = false;
                }
            } else if (title != null && sameText(line, title) && headlineKept) {
                continue;
            }
            firstContent = false;
            story.add(line);
        }
        if (!headlineKept && title != null) {
            story.add(0, title); // a feed record's title field: the headline the text itself leaves out
            story.add(1, "");
        }
        return new Parsed(title, byline, outlet, published, summaryOf, story);
    }

    static boolean endsSentence(String line) {
        return line.matches(".*[.!?:;\"”’)\\]]$");
    }

    private static boolean sameText(String a, String b) {
        return Words.nameKey(a).equals(Words.nameKey(b));
    }

    private static String nextContent(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String s = lines.get(j).strip();
            if (!s.isEmpty()) {
                return s;
            }
        }
        return null;
    }
}
