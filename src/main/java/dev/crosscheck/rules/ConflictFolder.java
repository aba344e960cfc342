package dev.crosscheck.rules;

import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.facts.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One flag per discrepancy. When several rules fire on the same sentences (a count and a role told
 * differently in the same phrase; a V8/V12 and a 4.4/6.6-litre clash in one line), the most severe
 * conflict is kept and the others become its {@code also} findings; when an article repeats a value, the
 * same clash in another sentence becomes a "stated again" finding; when other outlets tell the same clash (the
 * same rule, scope, subject, attribute and values), they become a "told elsewhere" finding citing them. An
 * editor reviews the discrepancy once and still sees every rule, sentence and source that showed it.
 */
final class ConflictFolder {

    /**
     * Most severe first; on a tie, claims before slots of copied sentences (a claim says what it is about: "Truck
     * weight", not "Number in the same sentence"), then a clash of words (V8 / V12) before a clash of amounts.
     */
    static final Comparator<Conflict> RANK = Comparator.comparing(Conflict::severity)
            .thenComparing(c -> c.evidence().get(0).kind().equals("SLOT"))
            .thenComparing(c -> c.evidence().get(0).value().numeric())
            .thenComparing(Conflict::rule)
            .thenComparing(Conflict::id);

    /** The explanation of a finding that only cites further sentences stating the same clash. */
    static final String STATED_AGAIN = "The same values are stated again in other sentences.";
    /** The explanation of a finding that cites other articles telling the same clash. */
    static final String TOLD_ELSEWHERE = "Other articles tell the same clash.";

    private ConflictFolder() {
    }

    static List<Conflict> fold(List<Conflict> raw) {
        Map<Set<String>, Conflict> kept = new LinkedHashMap<>();
        Map<Set<String>, List<Finding>> also = new LinkedHashMap<>();
        for (Conflict c : raw.stream().sorted(RANK).toList()) {
            Set<String> key = sentences(c);
            Conflict first = kept.putIfAbsent(key, c);
            if (first != null && !first.id().equals(c.id())) {
                List<Finding> findings = also.computeIfAbsent(key, k -> new ArrayList<>());
                boolean known = (first.rule().equals(c.rule()) && first.attribute().equals(c.attribute()))
                        || findings.stream().anyMatch(f -> f.rule().equals(c.rule()) && f.attribute().equals(c.attribute()));
                if (!known) {
                    findings.add(new Finding(c.rule(), c.category(), c.attribute(), c.explanation(),
                            c.evidence().stream().map(a -> a.value().text()).toList(), c.evidence()));
                }
            }
        }
        List<Conflict> withAlso = new ArrayList<>();
        kept.forEach((key, c) -> withAlso.add(c.withAlso(also.getOrDefault(key, List.of()))));
        // The same two values between the same articles, stated again elsewhere; then the same values of the same
        // thing told by other outlets: one flag each, the rest noted once per rule, each sentence cited once.
        List<Conflict> folded = foldInto(foldInto(withAlso, ConflictFolder::articleSignature, STATED_AGAIN),
                ConflictFolder::valueSignature, TOLD_ELSEWHERE);
        folded.sort(Comparator.comparing(Conflict::severity)
                .thenComparing(c -> c.evidence().get(0).article())
                .thenComparingInt(c -> c.evidence().get(0).at().start())
                .thenComparing(Conflict::id));
        return folded;
    }

    /** Folds each conflict with the signature of an earlier one into it, as a finding citing its sentences. */
    private static List<Conflict> foldInto(List<Conflict> conflicts, Function<Conflict, String> signature,
                                           String explanation) {
        List<Conflict> folded = new ArrayList<>();
        Map<String, Integer> bySignature = new LinkedHashMap<>();
        for (Conflict c : conflicts) {
            Integer earlier = bySignature.putIfAbsent(signature.apply(c), folded.size());
            if (earlier == null) {
                folded.add(c);
            } else {
                Conflict first = folded.get(earlier);
                folded.set(earlier, first.withAlso(noted(first, c, explanation)));
            }
        }
        return folded;
    }

    /** {@code first}'s findings with {@code again}'s further sentences: one finding per rule and explanation. */
    private static List<Finding> noted(Conflict first, Conflict again, String explanation) {
        List<Assertion> further = again.evidence().stream()
                .filter(a -> first.evidence().stream().noneMatch(a::sameSentence))
                .toList();
        List<Finding> findings = new ArrayList<>(first.also());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.explanation().equals(explanation) && f.rule().equals(again.rule())
                    && f.attribute().equals(again.attribute())) {
                findings.set(i, f.citing(further));
                return findings;
            }
        }
        findings.add(new Finding(again.rule(), again.category(), again.attribute(), explanation,
                again.evidence().stream().map(a -> a.value().text()).toList(), List.of()).citing(further));
        return findings;
    }

    /**
     * The same values between the same articles, whichever rule saw them: a copied sentence that changes a figure
     * and another sentence of the same article that gives it in other words are one discrepancy.
     */
    private static String articleSignature(Conflict c) {
        return c.scope() + "|" + c.evidence().stream().map(a -> a.article() + "=" + a.value().key()).sorted()
                .reduce((x, y) -> x + "|" + y).orElse("");
    }

    /**
     * What a discrepancy is, whoever tells it: the rule, the scope, the subject and attribute, and the values
     * that clash. Twenty outlets repeating one figure against twenty repeating another are one flag that names
     * its other sources, not four hundred.
     */
    private static String valueSignature(Conflict c) {
        return c.rule() + "|" + c.scope() + "|" + c.subject() + "|" + c.attribute() + "|" + c.evidence().stream()
                .map(a -> a.value().key()).distinct().sorted().reduce((x, y) -> x + "|" + y).orElse("");
    }

    private static Set<String> sentences(Conflict c) {
        Set<String> sentences = new TreeSet<>();
        for (Assertion a : c.evidence()) {
            sentences.add(a.article() + "#" + a.sentenceIndex());
        }
        return sentences;
    }
}
