package dev.crosscheck.rules;

import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.facts.DifferentPlaces;
import dev.crosscheck.facts.Divergence;
import dev.crosscheck.facts.SingleValued;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;

/**
 * Runs a rule book over one story: knowledge facts, assertions and divergences in, conflicts out.
 * A pure function of its inputs; each call uses its own session, so calls may run in parallel.
 */
public final class RuleEngine {

    private final RuleBook book;

    public RuleEngine(RuleBook book) {
        this.book = book;
    }

    /** Which of the places the story's claims name are different places, as knowledge says. */
    private List<DifferentPlaces> differentPlaces(List<Assertion> assertions) {
        List<String> named = assertions.stream().filter(a -> a.kind().equals("PLACE")).map(a -> a.value().key())
                .distinct().sorted().toList();
        List<DifferentPlaces> different = new ArrayList<>();
        for (String a : named) {
            for (String b : named) {
                if (!a.equals(b) && book.knowledge().places().different(a, b)) {
                    different.add(new DifferentPlaces(a, b));
                }
            }
        }
        return different;
    }

    public List<Conflict> run(List<Assertion> assertions, List<Divergence> divergences) {
        KieSession session = book.kieBase().newKieSession();
        try {
            for (String attribute : book.knowledge().attributes().singleValued()) {
                session.insert(new SingleValued(attribute));
            }
            differentPlaces(assertions).forEach(session::insert);
            assertions.forEach(session::insert);
            divergences.forEach(session::insert);
            session.fireAllRules();
            List<Conflict> raised = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Conflict)) {
                raised.add((Conflict) o);
            }
            return ConflictFolder.fold(raised);
        } finally {
            session.dispose();
        }
    }
}
