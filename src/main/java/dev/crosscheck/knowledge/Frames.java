package dev.crosscheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What knowledge says about claim frames. File: {@code frames.txt}.
 * <ul>
 * <li>{@code [groups]}: the groups a count of people can be of, each with the words that name it
 *     ({@code dead: kill, die, death, fatality}). Counts of one group compare whatever their other words;
 *     counts of two groups (the dead and the injured) never do.</li>
 * <li>{@code [same]}: classes of frames that say the same thing in other words
 *     ({@code first shown: unveil, debut, first show}). Two frames of one class are the same; two frames of
 *     different classes are not, whatever the model says.</li>
 * </ul>
 * Words are compared by stem, so any inflection matches; a phrase matches as consecutive words.
 */
public final class Frames {

    /** A named group or class and the stemmed phrases that put a frame in it. */
    record Named(String name, List<List<String>> phrases) {
    }

    private final List<Named> groups;
    private final List<Named> classes;

    private Frames(List<Named> groups, List<Named> classes) {
        this.groups = List.copyOf(groups);
        this.classes = List.copyOf(classes);
    }

    public static Frames empty() {
        return new Frames(List.of(), List.of());
    }

    static Frames parse(List<KnowledgeLine> lines) {
        List<Named> groups = new ArrayList<>();
        List<Named> classes = new ArrayList<>();
        for (KnowledgeLine line : lines) {
            if (line.values().isEmpty()) {
                throw line.error("expected 'name: word, word', got: " + line.text());
            }
            List<List<String>> phrases = new ArrayList<>();
            phrases.add(stems(line.key()));
            line.values().forEach(v -> phrases.add(stems(v)));
            Named named = new Named(line.key(), phrases);
            if ("groups".equals(line.section())) {
                groups.add(named);
            } else if ("same".equals(line.section())) {
                classes.add(named);
            } else {
                throw line.error("frames.txt has sections [groups] and [same]; this line is under "
                        + (line.section() == null ? "none" : "[" + line.section() + "]"));
            }
        }
        return new Frames(groups, classes);
    }

    /**
     * The group a frame's stems name, taking the first word from {@code from} on that names one (the
     * claim's own verb before words of a later clause); empty when none does.
     */
    public Optional<String> groupOf(List<String> stems, int from) {
        for (int i = Math.max(0, from); i < stems.size(); i++) {
            final int at = i;
            for (Named group : groups) {
                if (group.phrases().stream().anyMatch(p -> startsAt(stems, at, p))) {
                    return Optional.of(group.name());
                }
            }
        }
        return from > 0 ? groupOf(stems.subList(0, from), 0) : Optional.empty();
    }

    /** The group whose phrase the stems open with ("aboard", "on board the plane"); empty when none does. */
    public Optional<String> groupOpening(List<String> stems) {
        for (Named group : groups) {
            if (group.phrases().stream().anyMatch(p -> startsAt(stems, 0, p))) {
                return Optional.of(group.name());
            }
        }
        return Optional.empty();
    }

    /** The class of frames whose phrase the stems hold; empty when none or more than one does. */
    public Optional<String> classOf(List<String> stems) {
        List<String> found = new ArrayList<>();
        for (Named c : classes) {
            boolean holds = false;
            for (int i = 0; i < stems.size() && !holds; i++) {
                final int at = i;
                holds = c.phrases().stream().anyMatch(p -> startsAt(stems, at, p));
            }
            if (holds) {
                found.add(c.name());
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean startsAt(List<String> stems, int i, List<String> phrase) {
        if (i + phrase.size() > stems.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!stems.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> stems(String phrase) {
        return List.of(Synonyms.stems(phrase.toLowerCase(java.util.Locale.ROOT)).split(" "));
    }
}
