package dev.crosscheck.authoring;

import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.rules.RuleIndex;
import java.util.List;
import java.util.Locale;

/**
 * Shows why each flag was raised: the rule and where it is written, and every fact it matched with the
 * fields a rule can test (the claim's frame among them), plus how the facts relate (context overlap, same time,
 * same day, how surely their frames say the same thing and what decided it).
 */
public final class Explainer {

    private Explainer() {
    }

    public static String explain(List<Conflict> conflicts, RuleIndex index) {
        StringBuilder out = new StringBuilder();
        for (Conflict c : conflicts) {
            out.append("\n").append(c.id()).append("  ").append(c.rule()).append("  (")
                    .append(index.locate(c.rule()).map(Object::toString).orElse("location unknown")).append(")\n");
            for (int i = 0; i < c.evidence().size(); i++) {
                out.append(fact((char) ('a' + i), c.evidence().get(i)));
            }
            if (c.evidence().size() == 2) {
                Assertion a = c.evidence().get(0);
                Assertion b = c.evidence().get(1);
                out.append(String.format(Locale.ROOT,
                        "  between a and b: contextOverlap %.2f, sameTime %s, publishedSameDay %s, agreesWith %s%n"
                                + "                   frameSimilarity %.2f (%s), sameThing %s%n",
                        a.contextOverlap(b), a.sameTime(b), a.publishedSameDay(b), a.agreesWith(b),
                        a.frameSimilarity(b), a.frame().basis(b.frame()), a.sameThing(b)));
            }
            c.also().forEach(f -> out.append("  also fired on the same sentences: ").append(f.rule())
                    .append(index.locate(f.rule()).map(l -> " (" + l + ")").orElse("")).append('\n'));
        }
        return out.toString();
    }

    private static String fact(char name, Assertion a) {
        return String.format(Locale.ROOT, "  %s: Assertion %s%n"
                        + "     kind %s, subject \"%s\", attribute \"%s\", value \"%s\" (key %s)%n"
                        + "     time %s, modality %s%s, predicate %s, evolving %s, mainEvent %s%n"
                        + "     frame %s%n"
                        + "     quote \"%s\" in sentence %d of %s%n",
                name, a.id(), a.kind(), a.subject(), a.attribute(), a.value().text(), a.value().key(),
                a.time() == null ? "unknown" : a.time().label() + (a.time().explicit() ? " (named)" : " (inherited)"),
                a.modality().name().toLowerCase(Locale.ROOT), a.cue() == null ? "" : " (\"" + a.cue() + "\")",
                a.predicate(), a.evolving(), a.mainEvent(), a.frame(), a.quote(), a.sentenceIndex(), a.article());
    }
}
