package dev.crosscheck.review.web;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names this app answers to, from the Host header: loopback names, any IP address, the name it listens
 * on and names given with {@code --allow-host}. Any other name is refused before anything else runs: a web
 * page whose own domain was made to resolve to this machine (DNS rebinding) cannot read the app through it.
 * An IP address is safe to accept, since no other site's pages can be served from it.
 */
final class AllowedHosts {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z]+)?]");
    private static final Pattern WILDCARD = Pattern.compile("0\\.0\\.0\\.0|::|\\[::]");

    private final Set<String> names = new LinkedHashSet<>(List.of("localhost", "localhost.localdomain"));

    AllowedHosts(String listenHost, List<String> extra) {
        if (listenHost != null && !WILDCARD.matcher(listenHost).matches()) {
            names.add(normalised(listenHost));
        }
        extra.forEach(name -> names.add(normalised(name)));
    }

    void check(Context ctx) {
        String host = nameOf(ctx.header("Host"));
        if (host == null || !(names.contains(host) || IPV4.matcher(host).matches() || IPV6.matcher(host).matches())) {
            throw new PageError(421, "Unknown host name",
                    "This review app answers only to " + String.join(", ", names) + " and IP addresses. "
                            + "Start it with --allow-host NAME to reach it under another name.");
        }
    }

    /** The host name of a Host header, without the port, lower case, without a trailing dot; null if none. */
    static String nameOf(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? null : h.substring(0, close + 1).toLowerCase(Locale.ROOT);
        }
        int colon = h.indexOf(':');
        return normalised(colon < 0 ? h : h.substring(0, colon));
    }

    private static String normalised(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.contains(":") && !n.startsWith("[")) {
            n = "[" + n + "]"; // an IPv6 address given bare, as --host takes it
        }
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
