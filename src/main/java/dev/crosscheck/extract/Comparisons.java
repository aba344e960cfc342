package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.text.Words;
import java.util.List;
import java.util.Set;

/**
 * The phrase of a sentence that gives a figure to compare with ("earnings of $4.52, compared to a loss last
 * year"; "up from 12% a year earlier"; "higher than in 2019"; not "more than 50", an approximation, nor "down from
 * the ridge", which compares no figure): it runs from its marker to the end of the clause, or
 * to a word that goes on with a reason ("compared to last year due to strong demand in Asia"). A
 * time named there dates the compared figure, not what the sentence reports. These are words of English grammar,
 * not of any story, so they live here.
 */
final class Comparisons {

    private static final Set<String> VERSUS = Set.of("versus", "vs", "vs.");
    private static final Set<String> BEFORE_WITH_OR_TO = Set.of("compared", "comparison");
    private static final Set<String> BEFORE_FROM = Set.of("up", "down");
    /** "up 12% from $0.41 a year ago", "fell 5 per cent from its peak in March": a change in percent from a base. */
    private static final Set<String> PERCENT = Set.of("%", "percent", "cent", "pct");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "(", ")", "—", "–");
    /** Words after the compared figure that give a reason or go on with the report: the phrase ends before them. */
    private static final Set<String> PHRASE_ENDS = Set.of("due", "because", "thanks", "amid", "while", "driven",
            "as", "which", "after");

    private Comparisons() {
    }

    /** The token where the comparison phrase holding token {@code i} starts, or -1 when it is in none. */
    static int phraseStart(Sentence s, int i) {
        List<String> w = s.lowerWords();
        for (int k = Math.min(i, w.size() - 1); k >= 0; k--) {
            if ((CLAUSE_ENDS.contains(w.get(k)) || PHRASE_ENDS.contains(w.get(k))) && k < i) {
                return -1;
            }
            if (marker(w, k) && k < i) {
                return k;
            }
        }
        return -1;
    }

    private static boolean marker(List<String> w, int k) {
        String word = w.get(k);
        String next = k + 1 < w.size() ? w.get(k + 1) : "";
        if (word.equals("than") && (figureWithin(w, k + 1) || (k > 0 && w.get(k - 1).equals("rather")))) {
            return false; // "more than $50" is an approximation, "rather than" no comparison of figures
        }
        return word.equals("than") || (VERSUS.contains(word) && figureWithin(w, k + 1))
                || (BEFORE_WITH_OR_TO.contains(word) && (next.equals("to") || next.equals("with")))
                || (BEFORE_FROM.contains(word) && next.equals("from") && figureWithin(w, k + 2))
                || (word.equals("from") && k > 0 && PERCENT.contains(w.get(k - 1)));
    }

    /**
     * "up from 9%", "$3.13 versus $0.91": a figure right after the marker; "came down from the hills" and "the Cubs
     * vs the Indians on Wednesday" compare no figure.
     */
    private static boolean figureWithin(List<String> w, int k) {
        for (int j = k; j < Math.min(w.size(), k + 2); j++) {
            String word = w.get(j);
            if (!word.isEmpty() && (Character.isDigit(word.charAt(0))
                    || Words.currencySign(word.charAt(0)) || NumberReader.isNumber(word))) {
                return true;
            }
        }
        return false;
    }
}
