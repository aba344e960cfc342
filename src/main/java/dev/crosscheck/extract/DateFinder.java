package dev.crosscheck.extract;

import dev.crosscheck.facts.TimeFrame;
import dev.crosscheck.facts.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads when events happened: each time expression named in a sentence dates the event of its verb
 * ("gave ... in February this year"). The subject is the event: the verb and the names around it,
 * so that only the same act by the same participants is compared.
 */
final class DateFinder implements ClaimFinder {

    static final String KIND = "DATE";
    static final String ATTRIBUTE = "date";

    private final Syntax syntax;
    private final FrameReader frames;

    DateFinder(Syntax syntax, FrameReader frames) {
        this.syntax = syntax;
        this.frames = frames;
    }

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        TreeSet<String> participants = new TreeSet<>();
        frame.entities().forEach(e -> participants.add(e.name()));
        return frame.times().stream()
                .map(mention -> draft(frame, mention, participants))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The names taking part, as the things a dated event is about: two reports of it share one. */
    private static Set<String> participantKeys(Set<String> participants) {
        Set<String> keys = new TreeSet<>();
        participants.forEach(p -> keys.add(p.toLowerCase(java.util.Locale.ROOT)));
        return keys;
    }

    private Optional<Draft> draft(SentenceFrame frame, TimeMention mention, TreeSet<String> participants) {
        Optional<Predicate> verb = syntax.governingVerb(frame.sentence(), mention.from());
        if (verb.isEmpty() || participants.isEmpty()) {
            return Optional.empty();
        }
        TimeFrame when = mention.frame();
        String subject = verb.get().key() + " · " + String.join(", ", participants);
        // "Saturday (2016-05-28)"; a date written as its label ("in 2014") is not repeated: "2014", not "2014 (2014)"
        String text = when.text().strip().equalsIgnoreCase(when.label()) ? when.text().strip()
                : when.text() + " (" + when.label() + ")";
        Value value = new Value(text, when.label(),
                when.start().toEpochDay(), when.end().toEpochDay(), "date");
        return Optional.of(Draft.of(KIND, subject, ATTRIBUTE, value, mention.from(), mention.to()).at(when)
                .about(verb.get().key())
                .saying(frames.read(frame.sentence(), mention.from(), mention.to(), participantKeys(participants), verb.get())));
    }
}
