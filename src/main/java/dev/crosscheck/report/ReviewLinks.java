package dev.crosscheck.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from a report into the review app, when the address {@code serve} answers at is known: a conflict's page
 * is {@code <address>/conflicts/<id>}.
 */
public final class ReviewLinks {

    private ReviewLinks() {
    }

    /**
     * The review app's address, ending in "/", or null when none is given.
     *
     * @throws IllegalArgumentException when the address is not an absolute http(s) URL
     */
    public static String base(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String url = Html.webUrl(address);
        if (url == null) {
            throw new IllegalArgumentException("the review app's address must be an http(s) URL such as "
                    + "http://127.0.0.1:8080/, not '" + address + "'");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** The page of one conflict in the review app at {@code base} (as {@link #base} returns it). */
    static String conflict(String base, String id) {
        return base + "conflicts/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
