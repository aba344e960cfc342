package dev.crosscheck.review.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to go after sign-in: only a path of this app. Browsers drop tabs and line breaks from a URL and read
 * a backslash as a slash, so "/\t/evil.example" or "/\\evil.example" would leave the site; anything that is
 * not plain printable ASCII, or that is not a path starting with exactly one slash once normalised, goes to
 * the queue instead.
 */
final class LocalTarget {

    static final String DEFAULT = "/queue";

    private LocalTarget() {
    }

    static String of(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/")) {
            return DEFAULT;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return DEFAULT;
            }
        }
        try {
            URI uri = new URI(next);
            String path = uri.normalize().getRawPath();
            if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/")
                    || path.startsWith("//") || path.startsWith("/login")) {
                return DEFAULT;
            }
            return next;
        } catch (URISyntaxException e) {
            return DEFAULT;
        }
    }
}
