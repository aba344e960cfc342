package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Modality;
import dev.crosscheck.knowledge.Cues;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how firmly a sentence makes a claim at tokens {@code [from, to)}. A hedge counts when it sits
 * inside the claim ("three women, apparently nurses") or earlier in the same clause; negation when it
 * is close before the claim; attribution ("said", "according to") anywhere in the sentence, with its
 * source kept. Strongest first: negated, probable, possible, reported, asserted.
 */
final class ModalityReader {

    /** The modality of one claim, the cue words that set it, and the source it is attributed to. */
    record Reading(Modality modality, String cue, String source) {
    }

    private static final int NEGATION_WINDOW = 4;
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")");

    private final Cues cues;

    ModalityReader(Cues cues) {
        this.cues = cues;
    }

    Reading read(Sentence s, int from, int to) {
        List<String> words = s.lowerWords();
        List<Token> t = s.tokens();
        int clauseStart = clauseStart(t, from);
        Reading hedge = null;
        Reading negation = null;
        Reading report = null;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is("PROPN")) {
                continue; // "May" the month is not "may" the hedge
            }
            Optional<Cues.Cue> cue = cues.at(words, i);
            if (cue.isEmpty() && words.get(i).endsWith("n't")) {
                cue = Optional.of(new Cues.Cue(List.of("n't"), Modality.NEGATED));
            }
            if (cue.isEmpty()) {
                continue;
            }
            Modality m = cue.get().modality();
            if (m.hedged() && describesANoun(t, i + cue.get().words().size())) {
                i += cue.get().words().size() - 1;
                continue; // "the potentially title-deciding Grand Prix was halted": the hedge is of the adjective
            }
            boolean inClaim = i >= from && i < to;
            boolean inClauseBefore = i >= clauseStart && i < from;
            String text = s.span(i, i + cue.get().words().size());
            if (m == Modality.NEGATED && (inClaim || (inClauseBefore && from - i <= NEGATION_WINDOW))) {
                negation = new Reading(m, text, null);
            } else if (m.hedged() && (inClaim || inClauseBefore)) {
                if (hedge == null || (m == Modality.PROBABLE && hedge.modality() == Modality.POSSIBLE)) {
                    hedge = new Reading(m, text, null);
                }
            } else if (m == Modality.REPORTED && report == null) {
                report = new Reading(m, text, source(s, i, cue.get().words().size()));
            }
            i += cue.get().words().size() - 1;
        }
        if (negation != null) {
            return negation;
        }
        if (hedge != null) {
            return new Reading(hedge.modality(), hedge.cue(), report == null ? null : report.source());
        }
        return report != null ? report : new Reading(Modality.ASSERTED, null, null);
    }

    /**
     * An adjective before its noun, or a hyphenated modifier ("title-deciding", read as "title - deciding"): what a
     * hedge right before it qualifies.
     */
    private static boolean describesANoun(List<Token> t, int k) {
        if (k >= t.size()) {
            return false;
        }
        int next = k + 1;
        boolean compound = false;
        while (next + 1 < t.size() && t.get(next).text().equals("-")) {
            next += 2;
            compound = true;
        }
        return (compound || t.get(k).is("ADJ")) && next < t.size() && (t.get(next).isNoun() || t.get(next).is("ADJ"));
    }

    private static int clauseStart(List<Token> t, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.contains(t.get(i).text())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Who said it: the noun phrase after "according to", else the one just before "said". */
    private static String source(Sentence s, int cue, int length) {
        List<Token> t = s.tokens();
        if (s.span(cue, cue + length).toLowerCase(java.util.Locale.ROOT).startsWith("according")) {
            int end = cue + length;
            while (end < t.size() && !CLAUSE_BREAKS.contains(t.get(end).text()) && !t.get(end).is("VERB")
                    && end - cue - length < 8 && !t.get(end).text().equals(".")) {
                end++;
            }
            return end > cue + length ? s.span(cue + length, end) : null;
        }
        int start = cue;
        while (start > 0 && (t.get(start - 1).isNoun() || t.get(start - 1).is("ADJ")
                || t.get(start - 1).is("DET") || t.get(start - 1).text().equals("-"))) {
            start--;
        }
        if (start < cue && t.get(start).is("DET")) {
            start++;
        }
        return start < cue ? s.span(start, cue) : null;
    }
}
