package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.facts.TimeFrame;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sentence with what every claim finder needs: its time frame (named in the sentence, or inherited),
 * the time expressions and names in it, its topic, the stems of its content words, and the time of the
 * article's main event ({@code lead}, or null when the article names none).
 */
record SentenceFrame(
        Sentence sentence,
        TimeFrame time,
        List<TimeMention> times,
        List<EntityMention> entities,
        Optional<String> topic,
        Set<String> context,
        TimeFrame lead) {

    /**
     * What a property read at token {@code i} belongs to: the nearest product named before it, else the
     * sentence's topic, else the sentence itself (comparable only within that sentence).
     */
    String owner(int i) {
        return entityBefore(i, "product").map(EntityMention::name)
                .or(() -> topic)
                .orElse("sentence " + sentence.index());
    }

    /** The nearest entity of {@code type} that ends at or before token {@code i}. */
    Optional<EntityMention> entityBefore(int i, String type) {
        EntityMention best = null;
        for (EntityMention e : entities) {
            if (e.to() <= i && e.type().equals(type)) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }
}
