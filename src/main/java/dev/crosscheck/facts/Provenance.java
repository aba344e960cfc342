package dev.crosscheck.facts;

import java.time.LocalDate;

/**
 * Where an assertion was read. {@code start}/{@code end} are offsets of {@code quote} in the article's
 * clean body text; {@code sentenceStart} is the offset of {@code sentence} in the same text.
 */
public record Provenance(
        String article,
        String outlet,
        LocalDate published,
        int sentenceIndex,
        String sentence,
        int sentenceStart,
        int start,
        int end,
        String quote) {

    /** The outlet when known, else the article id: what a reader calls this source. */
    public String source() {
        return outlet != null ? outlet : article;
    }
}
