package dev.crosscheck.review.web;

import java.util.function.Function;

/**
 * What the queue is narrowed to; null or blank means "any". {@code status} is a status key or "all";
 * the queue opens on "open". {@code assignee} is an editor's name, or {@link #ME} for whoever is signed in;
 * {@code text} words that must all occur in what an editor reads of a conflict. {@code page} (from 1) and
 * {@code size} say which rows of the result are shown.
 */
record QueueFilter(String status, String severity, String category, String story, String outlet, String rule,
                   String assignee, String text, int page, int size) {

    static final String ALL = "all";
    static final String ME = "me";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;
    /** A search longer than this is not a search. */
    static final int MAX_TEXT = 200;

    /** From query parameters: a page or size that is missing or not a number gives the default. */
    static QueueFilter parse(Function<String, String> param) {
        return new QueueFilter(param.apply("status"), param.apply("severity"), param.apply("category"),
                param.apply("story"), param.apply("outlet"), param.apply("rule"), param.apply("assignee"),
                param.apply("q"), number(param.apply("page"), 1), number(param.apply("size"), DEFAULT_SIZE));
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
        assignee = blankToNull(assignee);
        text = blankToNull(text);
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    /** Another status, from its first page. */
    QueueFilter withStatus(String newStatus) {
        return new QueueFilter(newStatus, severity, category, story, outlet, rule, assignee, text, 1, size);
    }

    QueueFilter atPage(int newPage) {
        return new QueueFilter(status, severity, category, story, outlet, rule, assignee, text, newPage, size);
    }

    /** The editor whose conflicts are asked for: {@code me} is whoever is signed in; null for anyone's. */
    String assigneeFor(String signedIn) {
        return ME.equals(assignee) ? signedIn : assignee;
    }

    /** The query string that reproduces this filter, for links between status tabs and pages. */
    String query() {
        StringBuilder q = new StringBuilder("status=").append(encode(status));
        append(q, "severity", severity);
        append(q, "category", category);
        append(q, "story", story);
        append(q, "outlet", outlet);
        append(q, "rule", rule);
        append(q, "assignee", assignee);
        append(q, "q", text);
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
