package dev.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** Why a JSON input could not be read, in a skipped entry's words. */
final class JsonProblems {

    private JsonProblems() {
    }

    static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return e instanceof StreamConstraintsException
                ? "past the JSON parser's limits (nesting, or a value too long): " + message
                : "not valid JSON: " + message;
    }
}
