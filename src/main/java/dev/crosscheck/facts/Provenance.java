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

    /**
     * True when the quoted words stand inside a quotation of their sentence: after an odd number of double quotation
     * marks ('Lee wrote: "By now 80 people have died'). A quotation is its speaker's words at the time they spoke.
     */
    public boolean inQuotation() {
        int marks = 0;
        for (int k = 0; k < Math.min(start - sentenceStart, sentence.length()); k++) {
            char c = sentence.charAt(k);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }
}
