package dev.crosscheck.review.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.review.reports.Side;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Confirmed discrepancies as schema.org ClaimReview JSON-LD: one ClaimReview per conflict, whose Claim
 * appears in each article that tells the story differently, rated "Conflicting accounts"; its review body is the
 * explanation and the note the editor gave when confirming. The JSON-LD is
 * usually pasted into a {@code <script type="application/ld+json">} element, so article text in it must not
 * be able to close that element: {@code <}, {@code >} and {@code &} are written as {@code \u003C} and so on.
 */
final class ClaimReviewExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        JSON.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    private ClaimReviewExport() {
    }

    static String render(List<Confirmed> confirmed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (Confirmed c : confirmed) {
            graph.add(review(c));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write ClaimReview JSON-LD", e);
        }
    }

    private static ObjectNode review(Confirmed c) {
        var item = c.item();
        ObjectNode review = JSON.createObjectNode();
        review.put("@type", "ClaimReview");
        review.put("identifier", item.id());
        review.put("name", item.headline());
        review.put("datePublished", c.confirmation().at().substring(0, 10));
        ObjectNode author = review.putObject("author");
        author.put("@type", "Person");
        author.put("name", c.confirmation().editor());
        review.put("claimReviewed", claim(item.sides()));
        review.put("reviewBody", item.explanation() + (c.confirmation().note() == null ? ""
                : "\n\nEditor's note: " + c.confirmation().note()));
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("alternateName", "Conflicting accounts");
        rating.put("ratingExplanation", item.rule());
        ObjectNode claim = review.putObject("itemReviewed");
        claim.put("@type", "Claim");
        claim.put("about", item.subject() + " (" + item.attribute() + ")");
        ArrayNode appearances = claim.putArray("appearance");
        for (Side side : item.sides()) {
            ObjectNode work = appearances.addObject();
            work.put("@type", "CreativeWork");
            if (side.url() != null) {
                work.put("url", side.url());
            }
            if (side.title() != null) {
                work.put("headline", side.title());
            }
            if (side.published() != null) {
                work.put("datePublished", side.published());
            }
            if (side.outlet() != null) {
                ObjectNode publisher = work.putObject("publisher");
                publisher.put("@type", "Organization");
                publisher.put("name", side.outlet());
            }
            work.put("text", side.sentence().text());
        }
        review.putArray("keywords").add(item.category()).add(item.severity());
        return review;
    }

    /** "“four cars” (Outlet A) vs “three cars” (Outlet B)": the claims side by side, in the reports' words. */
    private static String claim(List<Side> sides) {
        return sides.stream()
                .map(s -> "\u201c" + s.quote() + "\u201d (" + s.outletOrArticle() + ")")
                .collect(Collectors.joining(" vs "));
    }
}
