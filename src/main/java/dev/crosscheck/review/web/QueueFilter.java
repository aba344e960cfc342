package dev.crosscheck.review.web;

/**
 * What the queue is narrowed to; null or blank means "any". {@code status} is a status key or "all";
 * the queue opens on "open".
 */
record QueueFilter(String status, String severity, String category, String story, String outlet, String rule) {

    static final String ALL = "all";

    QueueFilter {
        status = blankToNull(status) == null ? "open" : status;
        severity = blankToNull(severity);
        category = blankToNull(category);
        story = blankToNull(story);
        outlet = blankToNull(outlet);
        rule = blankToNull(rule);
    }

    QueueFilter withStatus(String newStatus) {
        return new QueueFilter(newStatus, severity, category, story, outlet, rule);
    }

    /** The query string that reproduces this filter, for links between status tabs. */
    String query() {
        StringBuilder q = new StringBuilder("status=").append(encode(status));
        append(q, "severity", severity);
        append(q, "category", category);
        append(q, "story", story);
        append(q, "outlet", outlet);
        append(q, "rule", rule);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
