package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Patterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the attributes that knowledge patterns describe ("{name}, {number}," for an age): a domain
 * expert adds a kind of claim with a pattern file, without Java. The subject is the name's canonical
 * form, so aliases and spelling variants of one person share it.
 */
final class PatternFinder implements ClaimFinder {

    static final String KIND = "PATTERN";

    private final Patterns patterns;

    PatternFinder(Patterns patterns) {
        this.patterns = patterns;
    }

    /** A successful match: where it ends, the name, and the value with its tokens. */
    private record Match(int end, EntityMention name, Value value) {
    }

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        List<Draft> drafts = new ArrayList<>();
        List<Token> t = frame.sentence().tokens();
        for (int i = 0; i < t.size(); i++) {
            for (Patterns.AttributePattern pattern : patterns.all()) {
                Optional<Match> match = match(frame, pattern, i);
                if (match.isPresent() && ClaimFinder.free(used, i, match.get().end())) {
                    Match m = match.get();
                    drafts.add(Draft.of(KIND, m.name().name(), pattern.attribute(), m.value(), i, m.end()));
                    ClaimFinder.use(used, i, m.end());
                    i = m.end() - 1;
                    break;
                }
            }
        }
        return drafts;
    }

    private Optional<Match> match(SentenceFrame frame, Patterns.AttributePattern pattern, int start) {
        Sentence s = frame.sentence();
        List<Token> t = s.tokens();
        int k = start;
        int offset = 0; // how much of token k the literals matched so far ("64-year-old" is one token or five)
        EntityMention name = null;
        Value value = null;
        for (Patterns.Element e : pattern.elements()) {
            if (k >= t.size()) {
                return Optional.empty();
            }
            if (!e.isSlot()) {
                String rest = t.get(k).lower().substring(offset);
                if (!rest.startsWith(e.literal())) {
                    return Optional.empty();
                }
                offset += e.literal().length();
                if (offset == t.get(k).text().length()) {
                    k++;
                    offset = 0;
                }
                continue;
            }
            if (offset != 0) {
                return Optional.empty(); // slots start at a token boundary
            }
            switch (e.slot()) {
                case "name" -> {
                    int at = k;
                    name = frame.entities().stream().filter(m -> m.from() == at).findFirst().orElse(null);
                    if (name == null) {
                        return Optional.empty();
                    }
                    k = name.to();
                }
                case "number" -> {
                    Optional<Amount> amount = NumberReader.read(s, k);
                    if (amount.isEmpty() || !amount.get().exact() || amount.get().low() < pattern.min()
                            || amount.get().low() > pattern.max()) {
                        return Optional.empty();
                    }
                    value = Value.amount(s.span(k, amount.get().to()), amount.get().low(), amount.get().high(), "number");
                    k = amount.get().to();
                }
                default -> {
                    if (!t.get(k).text().chars().allMatch(Character::isLetter)) {
                        return Optional.empty();
                    }
                    value = Value.category(t.get(k).text(), t.get(k).stem());
                    k++;
                }
            }
        }
        return offset == 0 ? Optional.of(new Match(k, name, value)) : Optional.empty();
    }
}
