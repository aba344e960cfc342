package dev.crosscheck.align;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.extract.Mention;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.text.Spelling;
import dev.crosscheck.text.Words;
import java.util.List;
import java.util.Optional;

/**
 * Says what kind of difference a hunk between two aligned sentences is, from what extraction found in
 * it: a negation added or dropped, a different time, number or name, or one noun swapped for another.
 * Differences that mean the same (2 / "two", "around 600" / 598, "Jean-Luc" / "Jean Luc", synonyms)
 * are not slots; insertions and deletions of detail are not slots either.
 */
final class SlotTyper {

    /** A negation flip must be a small edit; a whole clause added is not a flip. */
    private static final int MAX_NEGATION_EDIT = 3;

    private final Knowledge knowledge;

    SlotTyper(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    Optional<Slot> type(AlignedPair pair, Hunk h) {
        List<Mention> am = mentions(pair.left().mentions().get(pair.a().index()), h.aFrom(), h.aTo());
        List<Mention> bm = mentions(pair.right().mentions().get(pair.b().index()), h.bFrom(), h.bTo());
        Optional<Slot> negation = negation(h, am, bm);
        if (negation.isPresent() || h.aSize() == 0 || h.bSize() == 0) {
            return negation; // detail added or dropped is an edit, not a contradiction; only a "not" is
        }
        for (Mention.Kind kind : List.of(Mention.Kind.TIME, Mention.Kind.NUMBER, Mention.Kind.NAME)) {
            Optional<Mention> a = first(am, kind).or(() -> capitalised(kind, pair.a(), h.aFrom(), h.aTo()));
            Optional<Mention> b = first(bm, kind).or(() -> capitalised(kind, pair.b(), h.bFrom(), h.bTo()));
            if (a.isPresent() && b.isPresent()) {
                boolean swap = isSwap(kind, pair.a(), h.aFrom(), h.aTo(), a.get())
                        && isSwap(kind, pair.b(), h.bFrom(), h.bTo(), b.get());
                String relation = kind == Mention.Kind.NAME ? relation(pair, a.get(), b.get()) : null;
                return swap ? compare(kind, a.get(), b.get(), relation) : Optional.empty();
            }
        }
        return noun(pair, h);
    }

    /**
     * True when the edit is essentially the mention itself: one value swapped for another in the same
     * frame of words. A longer rewrite that happens to contain a name ("diverted to Tambor" / "Cubillo
     * said") is a different sentence ending, not a contradiction. A number may bring its noun along
     * ("two men" / "one man"); a name only a title or determiner ("Mr", "the").
     */
    private static boolean isSwap(Mention.Kind kind, Sentence s, int from, int to, Mention m) {
        int extra = 0;
        for (int i = from; i < to; i++) {
            if (i >= m.from() && i < m.to()) {
                continue;
            }
            Token token = s.tokens().get(i);
            boolean harmless = token.isPunctuation() || token.is("DET") || token.is("ADP")
                    || (kind == Mention.Kind.NAME && token.is("PROPN") && token.text().length() <= 4)
                    || (kind == Mention.Kind.NUMBER && token.is("NOUN") && i == m.to());
            if (!harmless) {
                return false;
            }
            extra++;
        }
        return extra <= 2;
    }

    private Optional<Slot> negation(Hunk h, List<Mention> am, List<Mention> bm) {
        boolean aNegated = first(am, Mention.Kind.NEGATION).isPresent();
        boolean bNegated = first(bm, Mention.Kind.NEGATION).isPresent();
        if (aNegated == bNegated || h.aSize() > MAX_NEGATION_EDIT || h.bSize() > MAX_NEGATION_EDIT) {
            return Optional.empty();
        }
        return Optional.of(new Slot("NEGATION", h.aFrom(), h.aTo(), h.bFrom(), h.bTo(), polarity(aNegated),
                polarity(bNegated), null));
    }

    private static Value polarity(boolean negated) {
        return negated ? Value.category("negated", "negated") : Value.category("affirmed", "affirmed");
    }

    /**
     * How two differing names are related, if knowledge says so. The words both sentences share just before
     * the names count as part of them: "Boeing 737 MAX" / "Boeing 737 NG" differ only in the last word.
     */
    private String relation(AlignedPair pair, Mention a, Mention b) {
        for (int shared = 0; shared <= 3 && a.from() - shared >= 0 && b.from() - shared >= 0; shared++) {
            if (shared > 0 && !pair.a().tokens().get(a.from() - shared).lower()
                    .equals(pair.b().tokens().get(b.from() - shared).lower())) {
                break;
            }
            Optional<String> relation = knowledge.relations().between(pair.a().span(a.from() - shared, a.to()),
                    pair.b().span(b.from() - shared, b.to()));
            if (relation.isPresent()) {
                return relation.get();
            }
        }
        return null;
    }

    private Optional<Slot> compare(Mention.Kind kind, Mention a, Mention b, String relation) {
        String slotKind = kind == Mention.Kind.TIME ? "DATE" : kind.name();
        if (kind == Mention.Kind.NAME) {
            if (Spelling.variants(a.value().key(), b.value().key())) {
                return Optional.empty();
            }
        } else if (a.value().agreesWith(b.value()) || !a.value().comparableWith(b.value())) {
            return Optional.empty();
        }
        return Optional.of(new Slot(slotKind, a.from(), a.to(), b.from(), b.to(), a.value(), b.value(), relation));
    }

    /**
     * A run of capitalised words inside the sentence, read as a name even when the tagger missed it
     * (an unfamiliar name is often tagged as a common noun), so that a name swapped for one the tagger
     * does not know is still compared as a name.
     */
    private static Optional<Mention> capitalised(Mention.Kind kind, Sentence s, int from, int to) {
        if (kind != Mention.Kind.NAME || from == 0 || to <= from) {
            return Optional.empty();
        }
        for (int i = from; i < to; i++) {
            Token token = s.tokens().get(i);
            String text = token.text();
            if (!Character.isUpperCase(text.charAt(0)) || !text.chars().allMatch(Character::isLetter)
                    || token.is("ADJ")) {
                return Optional.empty(); // "American" describes; it does not name
            }
        }
        String name = s.span(from, to);
        return Optional.of(new Mention(Mention.Kind.NAME, from, to, Value.category(name, Words.nameKey(name))));
    }

    /** One common noun swapped for another that is not its synonym. */
    private Optional<Slot> noun(AlignedPair pair, Hunk h) {
        if (h.aSize() != 1 || h.bSize() != 1 || headline(pair.a()) || headline(pair.b())) {
            return Optional.empty(); // headlines drop articles and tag verbs as nouns ("crash leaves 12 dead")
        }
        Token a = pair.a().tokens().get(h.aFrom());
        Token b = pair.b().tokens().get(h.bFrom());
        if (!a.is("NOUN") || !b.is("NOUN")) {
            return Optional.empty();
        }
        String aKey = knowledge.synonyms().canonical(a.stem());
        String bKey = knowledge.synonyms().canonical(b.stem());
        if (aKey.equals(bKey)) {
            return Optional.empty();
        }
        return Optional.of(new Slot("NOUN", h.aFrom(), h.aTo(), h.bFrom(), h.bTo(), Value.category(a.text(), aKey),
                Value.category(b.text(), bKey), null));
    }

    private static boolean headline(Sentence s) {
        return !s.text().matches("(?s).*[.!?\"”'’)]$");
    }

    private static List<Mention> mentions(List<Mention> sentence, int from, int to) {
        int end = Math.max(to, from + 1); // an insertion point still touches the token after it
        return sentence.stream().filter(m -> m.overlaps(from, end)).toList();
    }

    private static Optional<Mention> first(List<Mention> mentions, Mention.Kind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).findFirst();
    }

    static String text(Sentence s, int from, int to) {
        return s.span(from, to);
    }
}
