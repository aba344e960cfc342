package dev.crosscheck.facts;

import java.util.List;

/**
 * A further rule that fired on exactly the same sentences as a conflict, or the same clash stated again in other
 * sentences, folded into it: its rule, what it says, the values its evidence gave (they may differ from the
 * conflict's: a role beside a count) and that evidence, so an editor can read the sentences it fired on.
 */
public record Finding(String rule, String category, String attribute, String explanation, List<String> values,
                      List<Assertion> evidence) {

    public Finding {
        values = List.copyOf(values);
        evidence = List.copyOf(evidence);
    }

    /** The same finding, with more evidence of the same clash: a sentence already cited is not cited twice. */
    public Finding citing(List<Assertion> more) {
        java.util.List<Assertion> all = new java.util.ArrayList<>(evidence);
        for (Assertion a : more) {
            if (all.stream().noneMatch(a::sameSentence)) {
                all.add(a);
            }
        }
        return new Finding(rule, category, attribute, explanation, values, all);
    }
}
