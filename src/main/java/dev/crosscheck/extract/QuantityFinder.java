package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.knowledge.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads measured amounts: a number with a unit ("4.4-liter", "$300,000", "1,000 kilometres (620 miles)",
 * "between 3 and 5 meters"), converted to the dimension's base unit as an interval that allows for
 * approximation words and for rounding. A conversion in brackets becomes a second claim that restates
 * the first, so a rule can check the two agree.
 */
final class QuantityFinder implements ClaimFinder {

    static final String KIND = "QUANTITY";

    private final Knowledge knowledge;
    private final AmountReader amounts;

    QuantityFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.amounts = new AmountReader(knowledge);
    }

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        List<Draft> drafts = new ArrayList<>();
        Sentence s = frame.sentence();
        for (int i = 0; i < s.tokens().size(); i++) {
            if (used[i]) {
                continue;
            }
            Optional<Measured> measured = measure(s, i);
            if (measured.isEmpty() || !ClaimFinder.free(used, measured.get().from(), measured.get().to())) {
                continue;
            }
            Measured m = measured.get();
            Draft draft = draft(frame, m);
            drafts.add(draft);
            ClaimFinder.use(used, m.from(), m.to());
            i = m.to() - 1;
            Optional<Measured> restated = bracketed(s, m.to());
            if (restated.isPresent() && restated.get().unit().dimension().equals(m.unit().dimension())
                    && ClaimFinder.free(used, restated.get().from(), restated.get().to())) {
                drafts.add(draft(frame, restated.get()).restating(draft));
                ClaimFinder.use(used, restated.get().from(), restated.get().to());
                i = restated.get().to() - 1;
            }
        }
        return drafts;
    }

    private Draft draft(SentenceFrame frame, Measured m) {
        Sentence s = frame.sentence();
        // The noun measured picks the attribute ("4.4-liter ... engine": engine displacement); the
        // subject is what owns it (the car the sentence is about).
        String noun = describedNoun(s, m.to()).or(() -> frame.topic().map(QuantityFinder::lastWord)).orElse("");
        String dimension = m.unit().dimension();
        String attribute = knowledge.attributes().measureOf(dimension, noun).orElse(dimension);
        String subject = frame.owner(m.from());
        Value value = Value.amount(s.span(m.from(), m.to()), m.baseLow(), m.baseHigh(), m.baseUnit());
        Draft draft = Draft.of(KIND, subject, attribute, value, m.from(), m.to());
        // The noun measured ("a 19-ton truck") is what the amount hangs on, so other reports of that noun compare.
        return describedNoun(s, m.to()).map(draft::about).orElse(draft);
    }

    /** "( 620 miles )" right after a measured amount. */
    private Optional<Measured> bracketed(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i + 1 >= t.size() || !t.get(i).text().equals("(")) {
            return Optional.empty();
        }
        return measure(s, i + 1).filter(m -> m.to() < t.size() && t.get(m.to()).text().equals(")"));
    }

    /** A measured amount at token {@code i}: a number with a unit. */
    private Optional<Measured> measure(Sentence s, int i) {
        return amounts.read(s, i).filter(m -> m.unit() != null);
    }

    /** The noun an adjectival amount describes: "a 4.4-liter V8 engine" describes the engine. */
    private Optional<String> describedNoun(Sentence s, int to) {
        List<Token> t = s.tokens();
        String designation = null;
        for (int k = to; k < Math.min(t.size(), to + 3); k++) {
            Token token = t.get(k);
            Optional<String> designated = knowledge.designations().attributeOf(token.text());
            if (designated.isPresent()) {
                designation = designated.get();
            } else if (token.is("NOUN")) {
                int head = k;
                while (head + 1 < t.size() && t.get(head + 1).is("NOUN") && !Syntax.verbLike(t, head + 1)) {
                    head++; // "a 19-ton delivery truck" measures the truck
                }
                return Optional.of(t.get(head).stem());
            } else if (!token.is("ADJ")) {
                break;
            }
        }
        return Optional.ofNullable(designation);
    }

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }
}
