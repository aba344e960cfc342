package dev.crosscheck.review.web;

/**
 * What the queue is narrowed to; null or blank means "any". {@code status} is a status key or "all";
 * the queue opens on "open". {@code page} (from 1) and {@code size} say which rows of the result are shown.
 */
record QueueFilter(String status, String severity, String category, String story, String outlet, String rule,
                   int page, int size) {

    static final String ALL = "all";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    QueueFilter(String status, String severity, String category, String story, String outlet, String rule) {
        this(status, severity, category, story, outlet, rule, 1, DEFAULT_SIZE);
    }

    /** From query parameters: a page or size that is missing or not a number gives the default. */
    static QueueFilter parse(String status, String severity, String category, String story, String outlet,
                             String rule, String page, String size) {
        return new QueueFilter(status, severity, category, story, outlet, rule, number(page, 1),
                number(size, DEFAULT_SIZE));
    }

    QueueFilter {
        page = Math.max(1, page);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        status = blankToNull(status) == null ? "open" : status;
        severity = blankToNull(severity);
        category = blankToNull(category);
        story = blankToNull(story);
        outlet = blankToNull(outlet);
        rule = blankToNull(rule);
    }

    /** Another status, from its first page. */
    QueueFilter withStatus(String newStatus) {
        return new QueueFilter(newStatus, severity, category, story, outlet, rule, 1, size);
    }

    QueueFilter atPage(int newPage) {
        return new QueueFilter(status, severity, category, story, outlet, rule, newPage, size);
    }

    /** The query string that reproduces this filter, for links between status tabs and pages. */
    String query() {
        StringBuilder q = new StringBuilder("status=").append(encode(status));
        append(q, "severity", severity);
        append(q, "category", category);
        append(q, "story", story);
        append(q, "outlet", outlet);
        append(q, "rule", rule);
        if (page > 1) {
            q.append("&page=").append(page);
        }
        if (size != DEFAULT_SIZE) {
            q.append("&size=").append(size);
        }
        return q.toString();
    }

    private static int number(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
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
