package dev.crosscheck.review.reports;

/**
 * One side of a conflict as an editor reads it: the article it comes from (outlet, title, date, a link
 * only when the URL is http or https) and the quote highlighted in its sentence and paragraph. {@code time} is the
 * time the sentence names (null when it names none); {@code sentenceNumber} counts from 1.
 */
public record Side(String article, String outlet, String title, String url, String published, String quote,
                   String value, String modality, String cue, String source, String time, Passage sentence,
                   Passage paragraph, int sentenceNumber) {

    /** The outlet, or the article id when the article names none. */
    public String outletOrArticle() {
        return outlet != null ? outlet : article;
    }
}
