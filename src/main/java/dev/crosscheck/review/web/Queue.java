package dev.crosscheck.review.web;

import dev.crosscheck.review.Status;
import dev.crosscheck.review.db.ConflictState;
import dev.crosscheck.review.reports.ReviewItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The editors' queue: conflicts with their states, filtered, sorted by severity (HIGH first) then date
 * (newest first), with counts per status under the other filters, and the values each filter offers.
 * {@code rows} is one page of the {@code total} matching rows; {@code previous} and {@code next} are the
 * query strings of the pages around it, or null.
 */
record Queue(List<Row> rows, List<StatusTab> tabs, List<String> severities, List<String> categories,
             Map<String, String> stories, List<String> outlets, List<String> rules,
             int total, int page, int pages, int first, int last, String previous, String next) {

    /** A conflict and where it stands. */
    record Row(ReviewItem item, ConflictState state) {
    }

    /** One status tab: its key ("all" included), its label, how many conflicts, and whether it is chosen. */
    record StatusTab(String key, String label, int count, boolean selected, String query) {
    }

    static final Comparator<Row> ORDER = Comparator
            .comparingInt((Row r) -> r.item().severityRank())
            .thenComparing((Row r) -> r.item().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.item().id());

    /**
     * The queue as {@code editor} (signed in) asks for it: {@code filter}'s "me" is them.
     */
    static Queue build(List<ReviewItem> items, Map<String, ConflictState> states, QueueFilter filter, String editor) {
        List<Row> matching = rows(items, states).stream()
                .filter(r -> matchesAllButStatus(r, filter, filter.assigneeFor(editor)))
                .toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.key(), 0);
        }
        matching.forEach(r -> counts.merge(r.state().status().key(), 1, Integer::sum));
        List<StatusTab> tabs = new ArrayList<>();
        for (Status s : Status.values()) {
            tabs.add(new StatusTab(s.key(), s.label(), counts.get(s.key()), s.key().equals(filter.status()),
                    filter.withStatus(s.key()).query()));
        }
        tabs.add(new StatusTab(QueueFilter.ALL, "all", matching.size(), QueueFilter.ALL.equals(filter.status()),
                filter.withStatus(QueueFilter.ALL).query()));
        List<Row> rows = matching.stream()
                .filter(r -> QueueFilter.ALL.equals(filter.status())
                        || r.state().status().key().equals(filter.status()))
                .sorted(ORDER)
                .toList();
        int pages = Math.max(1, (rows.size() + filter.size() - 1) / filter.size());
        int page = Math.min(filter.page(), pages); // a page past the end (rows were closed meanwhile) shows the last
        int from = (page - 1) * filter.size();
        List<Row> shown = rows.subList(from, Math.min(rows.size(), from + filter.size()));
        Map<String, String> stories = new TreeMap<>();
        items.stream().filter(i -> i.storyId() != null)
                .forEach(i -> stories.put(i.storyId(), i.storyTitle() == null ? i.storyId() : i.storyTitle()));
        return new Queue(shown, tabs,
                distinct(items.stream().map(ReviewItem::severity).toList(), Comparator.comparingInt(Queue::rank)),
                distinct(items.stream().map(ReviewItem::category).toList(), Comparator.naturalOrder()),
                stories,
                distinct(items.stream().flatMap(i -> i.outlets().stream()).toList(), Comparator.naturalOrder()),
                distinct(items.stream().map(ReviewItem::rule).toList(), Comparator.naturalOrder()),
                rows.size(), page, pages, from + 1, from + shown.size(),
                page > 1 ? filter.atPage(page - 1).query() : null,
                page < pages ? filter.atPage(page + 1).query() : null);
    }

    private static List<Row> rows(List<ReviewItem> items, Map<String, ConflictState> states) {
        return items.stream()
                .map(i -> new Row(i, states.getOrDefault(i.id(), ConflictState.untouched(i.id()))))
                .toList();
    }

    /**
     * The open conflict to look at after {@code current}: the next in the queue's order, else the first; null when
     * no other conflict is open.
     */
    static ReviewItem nextOpen(List<ReviewItem> items, Map<String, ConflictState> states, String current) {
        List<Row> open = rows(items, states).stream()
                .filter(r -> r.state().status() == Status.OPEN)
                .sorted(ORDER)
                .toList();
        Row here = rows(items, states).stream().filter(r -> r.item().id().equals(current)).findFirst().orElse(null);
        return open.stream()
                .filter(r -> !r.item().id().equals(current))
                .filter(r -> here == null || ORDER.compare(r, here) > 0)
                .findFirst()
                .or(() -> open.stream().filter(r -> !r.item().id().equals(current)).findFirst())
                .map(Row::item)
                .orElse(null);
    }

    private static boolean matchesAllButStatus(Row r, QueueFilter f, String assignee) {
        ReviewItem i = r.item();
        return (f.severity() == null || f.severity().equals(i.severity()))
                && (f.category() == null || f.category().equals(i.category()))
                && (f.story() == null || f.story().equals(i.storyId()))
                && (f.outlet() == null || i.outlets().contains(f.outlet()))
                && (f.rule() == null || f.rule().equals(i.rule()))
                && (assignee == null || assignee.equals(r.state().assignee()))
                && (f.text() == null || i.mentions(f.text()));
    }

    private static List<String> distinct(List<String> values, Comparator<String> order) {
        TreeSet<String> set = new TreeSet<>(order);
        values.stream().filter(Objects::nonNull).forEach(set::add);
        return List.copyOf(set);
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "HIGH" -> 0;
            case "MEDIUM" -> 1;
            case "LOW" -> 2;
            default -> 3;
        };
    }
}
