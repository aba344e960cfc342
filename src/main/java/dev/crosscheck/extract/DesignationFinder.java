package dev.crosscheck.extract;

import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Designations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads designations such as engine layouts ("a 4.4-liter V8 engine"). The subject is what the
 * sentence says owns it: the nearest product named before it, else the sentence's topic.
 */
final class DesignationFinder implements ClaimFinder {

    static final String KIND = "DESIGNATION";

    private final Designations designations;

    DesignationFinder(Designations designations) {
        this.designations = designations;
    }

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        List<Draft> drafts = new ArrayList<>();
        List<Token> t = frame.sentence().tokens();
        for (int i = 0; i < t.size(); i++) {
            Optional<String> attribute = designations.attributeOf(t.get(i).text());
            if (attribute.isEmpty() || used[i]) {
                continue;
            }
            String text = t.get(i).text();
            drafts.add(Draft.of(KIND, frame.owner(i), attribute.get(),
                    Value.category(text, text.toUpperCase(Locale.ROOT)), i, i + 1));
            used[i] = true;
        }
        return drafts;
    }
}
