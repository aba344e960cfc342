package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Modality;
import dev.crosscheck.facts.TimeFrame;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Cues;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Lists the comparable things a sentence mentions (numbers, times, names, negations), normalised. */
final class MentionFinder {

    private final Knowledge knowledge;
    private final AmountReader amounts;

    MentionFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.amounts = new AmountReader(knowledge);
    }

    List<Mention> find(SentenceFrame frame) {
        Sentence s = frame.sentence();
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[s.tokens().size()];
        for (TimeMention t : frame.times()) {
            TimeFrame f = t.frame();
            found.add(new Mention(Mention.Kind.TIME, t.from(), t.to(), new Value(f.text(), f.label(),
                    f.start().toEpochDay(), f.end().toEpochDay(), "date")));
            ClaimFinder.use(taken, t.from(), t.to());
        }
        for (EntityMention e : frame.entities()) {
            found.add(new Mention(Mention.Kind.NAME, e.from(), e.to(),
                    Value.category(s.span(e.from(), e.to()), Words.nameKey(e.name()))));
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            if (taken[i]) {
                continue;
            }
            Optional<Measured> m = amounts.read(s, i);
            if (m.isPresent() && ClaimFinder.free(taken, m.get().from(), m.get().to())) {
                Measured a = m.get();
                found.add(new Mention(Mention.Kind.NUMBER, a.from(), a.to(),
                        a.value(s.span(a.from(), a.to()))));
                ClaimFinder.use(taken, a.from(), a.to());
                i = a.to() - 1;
            }
        }
        // an ordinal is a number too: "at the end of the third quarter" / "the second quarter" is a number changed
        for (int i = 0; i < s.tokens().size(); i++) {
            OptionalInt place = NumberReader.ordinal(s.tokens().get(i).lower());
            if (!taken[i] && place.isPresent()) {
                found.add(new Mention(Mention.Kind.NUMBER, i, i + 1,
                        Value.amount(s.span(i, i + 1), place.getAsInt(), place.getAsInt(), Value.PLACE)));
            }
        }
        List<String> words = s.lowerWords();
        for (int i = 0; i < words.size(); i++) {
            Token token = s.tokens().get(i);
            Optional<Cues.Cue> cue = knowledge.cues().at(words, i).filter(c -> c.modality() == Modality.NEGATED);
            int length = cue.map(c -> c.words().size()).orElse(words.get(i).endsWith("n't") ? 1 : 0);
            if (length > 0 && !token.is("PROPN")) {
                found.add(new Mention(Mention.Kind.NEGATION, i, i + length, Value.category(s.span(i, i + length), "not")));
                i += length - 1;
            }
        }
        found.sort(Comparator.comparingInt(Mention::from).thenComparing(Mention::kind));
        return List.copyOf(found);
    }
}
