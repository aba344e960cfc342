package dev.crosscheck.review.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The pages' Pebble templates (src/main/resources/dev/crosscheck/review/templates). Auto-escaping is on and
 * HTML-escapes every printed value, attributes included: article text is untrusted and never marked safe.
 */
final class Templates {

    private final PebbleEngine engine;

    Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("dev/crosscheck/review/templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .build();
    }

    String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template, e);
        }
        return out.toString();
    }
}
