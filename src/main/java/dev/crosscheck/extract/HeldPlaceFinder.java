package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Attributes.PlaceCue;
import dev.crosscheck.knowledge.Places;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads places a named thing has only one of at a time, given by words knowledge lists (attributes.txt,
 * [place attributes]): "the Panama-flagged tanker Blue Heron", "Sea Star is registered in Liberia". The
 * subject is the thing named beside the cue, so that every mention of the name compares: a ship cannot fly two
 * flags at once. Only places knowledge knows are read, and a sentence that tells of a change ("registered in
 * Malaysia until 2017", "formerly Panama-flagged") gives no claim: the two places are then of two times.
 */
final class HeldPlaceFinder implements ClaimFinder {

    static final String KIND = DesignationFinder.KIND;
    /** Words that tell of a change of place, or of a place held before: the sentence gives two times. */
    private static final Set<String> CHANGES = Set.of("until", "formerly", "previously", "former", "switched",
            "changed", "reflagged", "re-flagged", "re-registered", "then", "later", "now", "once");
    /** How far from the cue the named thing may stand: "the Panama-flagged oil tanker Blue Heron". */
    private static final int NAME_WITHIN = 3;
    /** The most words of a place joined to a cue: "Marshall Islands-flagged". */
    private static final int LONGEST_PLACE = 5;

    private final List<PlaceCue> cues;
    private final Places places;

    HeldPlaceFinder(List<PlaceCue> cues, Places places) {
        this.cues = List.copyOf(cues);
        this.places = places;
    }

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        if (cues.isEmpty() || tellsOfAChange(frame.sentence())) {
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        for (PlaceCue cue : cues) {
            for (int i = 0; i < frame.sentence().tokens().size(); i++) {
                Optional<Draft> found = cue.suffix().isEmpty() ? before(frame, cue, i, used) : joined(frame, cue, i, used);
                if (found.isPresent()) {
                    drafts.add(found.get());
                    ClaimFinder.use(used, found.get().from(), found.get().to());
                }
            }
        }
        return drafts;
    }

    private static boolean tellsOfAChange(Sentence s) {
        return s.tokens().stream().anyMatch(token -> CHANGES.contains(token.lower()));
    }

    /** "Sea Star is registered in Liberia": the cue's words at {@code i}, the place after them. */
    private Optional<Draft> before(SentenceFrame frame, PlaceCue cue, int i, boolean[] used) {
        List<Token> t = frame.sentence().tokens();
        int n = cue.before().size();
        if (i + n >= t.size()) {
            return Optional.empty();
        }
        for (int k = 0; k < n; k++) {
            if (!t.get(i + k).lower().equals(cue.before().get(k))) {
                return Optional.empty();
            }
        }
        int from = t.get(i + n).lower().equals("the") ? i + n + 1 : i + n;
        Optional<Integer> to = PlaceNames.knownEnd(places, frame.sentence(), from);
        Optional<EntityMention> named = nameBefore(frame, i);
        if (to.isEmpty() || named.isEmpty() || !ClaimFinder.free(used, from, to.get())) {
            return Optional.empty();
        }
        String place = frame.sentence().span(from, to.get());
        return Optional.of(draft(named.get(), cue, place, places.find(place).orElseThrow(), from, to.get()));
    }

    /**
     * "the Panama-flagged tanker Blue Heron", "Blue Heron, a Panama-flagged tanker": the place joined to the cue at {@code i}, in
     * one token or, as the tokenizer splits some ("Hong Kong - flagged"), in three.
     */
    private Optional<Draft> joined(SentenceFrame frame, PlaceCue cue, int i, boolean[] used) {
        Sentence s = frame.sentence();
        List<Token> t = s.tokens();
        String word = t.get(i).text();
        String last;
        int lastAt;
        int cueEnd;
        if (t.get(i).lower().endsWith(cue.suffix()) && word.length() > cue.suffix().length()) {
            last = word.substring(0, word.length() - cue.suffix().length()); // "Panama" of "Panama-flagged"
            lastAt = i;
            cueEnd = i + 1;
        } else if (i > 0 && i + 1 < t.size() && word.equals("-") && t.get(i + 1).lower().equals(cue.suffix().substring(1))) {
            last = t.get(i - 1).text();
            lastAt = i - 1;
            cueEnd = i + 2;
        } else {
            return Optional.empty();
        }
        for (int start = lastAt; start >= Math.max(0, lastAt - LONGEST_PLACE + 1); start--) {
            final int from = start;
            if (from < lastAt && !PlaceNames.capitalised(t.get(from))) {
                break;
            }
            String place = (from < lastAt ? s.span(from, lastAt) + " " : "") + last;
            Optional<Places.Place> known = places.find(place);
            Optional<EntityMention> named = nameAfter(frame, cueEnd).or(() -> appositionBefore(frame, from));
            if (known.isPresent() && named.isPresent() && ClaimFinder.free(used, from, cueEnd)) {
                return Optional.of(draft(named.get(), cue, place, known.get(), from, cueEnd));
            }
        }
        return Optional.empty();
    }

    /** The claim that {@code named} has {@code place} (as written) as the cue's attribute, over tokens from..to. */
    private static Draft draft(EntityMention named, PlaceCue cue, String place, Places.Place known, int from, int to) {
        return Draft.of(KIND, named.name(), cue.attribute(), Value.category(place, Places.key(known.name())), from, to);
    }

    /** The thing named just before the cue, the subject of its clause: "Sea Star is registered in". */
    private static Optional<EntityMention> nameBefore(SentenceFrame frame, int i) {
        return frame.entities().stream()
                .filter(e -> e.to() <= i && i - e.to() <= NAME_WITHIN && !place(e))
                .filter(e -> frame.sentence().tokens().subList(e.to(), i).stream().noneMatch(Token::isPunctuation))
                .reduce((first, second) -> second);
    }

    /**
     * The thing named right after the cue, past a comma and nouns (the tagger calls some words of a name nouns:
     * "Harbour"): "-flagged, Sea Star", "-flagged tanker Blue Heron".
     */
    private static Optional<EntityMention> nameAfter(SentenceFrame frame, int k) {
        return frame.entities().stream()
                .filter(e -> e.from() >= k && e.from() - k <= NAME_WITHIN && !place(e))
                .filter(e -> frame.sentence().tokens().subList(k, e.from()).stream()
                        .allMatch(w -> w.text().equals(",") || w.isNoun()))
                .findFirst();
    }

    /** "Sea Star, a Panama-flagged ship": the name before a comma and an article that open the cue's phrase. */
    private static Optional<EntityMention> appositionBefore(SentenceFrame frame, int from) {
        List<Token> t = frame.sentence().tokens();
        if (from < 2 || !t.get(from - 1).is("DET") || !t.get(from - 2).text().equals(",")) {
            return Optional.empty();
        }
        return frame.entities().stream().filter(e -> e.to() == from - 2 && !place(e)).findFirst();
    }

    private static boolean place(EntityMention e) {
        return e.type().equals("place");
    }
}
