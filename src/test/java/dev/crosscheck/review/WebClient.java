package dev.crosscheck.review;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One editor's browser without the browser: cookies kept, redirects not followed, forms posted by hand. */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private final String base;
    private final HttpClient http;

    WebClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in through the form, as a browser would; returns the response to the form post. */
    HttpResponse<String> signIn(String name, String password) {
        String csrf = csrf(get("/login").body());
        return post("/login", form("_csrf", csrf, "name", name, "password", password, "next", "/queue"));
    }

    /** Opens a conflict page and submits one of its forms with the page's CSRF token and version. */
    HttpResponse<String> act(String conflictId, String... fields) {
        String page = get("/conflicts/" + conflictId).body();
        return actOn(page, conflictId, fields);
    }

    /** Submits a form of a page opened earlier: what an editor does after reading for a while. */
    HttpResponse<String> actOn(String page, String conflictId, String... fields) {
        Map<String, String> form = form(fields);
        form.put("_csrf", csrf(page));
        form.putIfAbsent("version", version(page));
        return post("/conflicts/" + conflictId + "/actions", form);
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in page:\n" + html);
        }
        return m.group(1);
    }

    static String version(String html) {
        Matcher m = VERSION.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no version field in page:\n" + html);
        }
        return m.group(1);
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
