package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Frame;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Places;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads where things happened: a place named after a preposition ("came down in the Sea of Japan", "departed
 * from Central Java province", "the drone ship stationed in the Atlantic"). The preposition says which place
 * it is: where ({@code place}), where from ({@code origin}) or where to ({@code destination}). Only places
 * knowledge knows (places.txt and the countries), or names that differ from another only by a compass word
 * ("West Java"), are read: a name alone says nothing of where it lies.
 */
final class PlaceFinder implements ClaimFinder {

    static final String KIND = "PLACE";
    private static final Map<String, String> ROLES = Map.of("in", "place", "at", "place", "into", "place",
            "off", "place", "near", "place", "from", "origin", "to", "destination", "toward", "destination",
            "towards", "destination");

    private final Places places;
    private final Syntax syntax;
    private final FrameReader frames;

    PlaceFinder(Places places, Syntax syntax, FrameReader frames) {
        this.places = places;
        this.syntax = syntax;
        this.frames = frames;
    }

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        Sentence s = frame.sentence();
        List<Token> t = s.tokens();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            String role = ROLES.get(t.get(i).lower());
            if (role == null || !capitalisedAt(t, i + 1)) {
                continue;
            }
            int from = i + 1 < t.size() && t.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
            Optional<Integer> to = name(s, from).filter(end -> ClaimFinder.free(used, from, end));
            if (to.isEmpty()) {
                continue;
            }
            String name = s.span(from, to.get());
            Optional<Places.Place> known = places.find(name);
            if (known.isEmpty() && !Places.compassName(name)) {
                continue;
            }
            String place = known.map(Places.Place::name).orElse(name);
            Optional<Predicate> act = syntax.governingVerb(s, i);
            // about the nouns around the place and what the sentence is about ("the drone ship will wait ... in")
            Set<String> about = frame.topic().map(topic -> Set.of(topic.substring(topic.lastIndexOf(' ') + 1)))
                    .orElse(Set.of());
            Frame said = frames.readMeasure(s, from, to.get(), about, act.orElse(null));
            Value value = Value.category(s.span(from, to.get()), Places.key(place));
            drafts.add(Draft.of(KIND, "place · " + act.map(Predicate::key).orElse(role), role, value, from, to.get())
                    .about(act.map(Predicate::key).orElse(null)).saying(said));
            ClaimFinder.use(used, from, to.get());
            i = to.get() - 1;
        }
        return drafts;
    }

    /**
     * Where a place name starting at {@code from} ends: the longest run of capitalised words (with "of" inside:
     * "Sea of Japan") that knowledge knows, else the whole run.
     */
    private Optional<Integer> name(Sentence s, int from) {
        int end = PlaceNames.runEnd(s.tokens(), from);
        return PlaceNames.knownEnd(places, s, from).or(() -> end > from ? Optional.of(end) : Optional.empty());
    }

    /** A capitalised word right after the preposition, or after its "the": where a place name can start. */
    private static boolean capitalisedAt(List<Token> t, int k) {
        int at = k < t.size() && t.get(k).lower().equals("the") ? k + 1 : k;
        return at < t.size() && PlaceNames.capitalised(t.get(at));
    }
}
