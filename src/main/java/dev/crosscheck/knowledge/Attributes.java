package dev.crosscheck.knowledge;

import dev.crosscheck.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What attributes mean. File: {@code attributes.txt}.
 * <ul>
 * <li>{@code [single-valued]}: attributes a subject has only one of ("engine layout"), one per line.</li>
 * <li>{@code [measures]}: which attribute a measured amount gives, by the noun it describes:
 *     {@code engine displacement: volume of engine, motor}.</li>
 * <li>{@code [evolving]}: verbs whose counts move as an event unfolds ("killed", "injured", "missing"),
 *     one per line: a changed figure between reports of different days is an update.</li>
 * <li>{@code [moving measures]} and {@code [changes]}: dimensions whose amounts move through a day (prices,
 *     percentages) and the verbs of change ("fell", "rose") that make such an amount a moving figure.</li>
 * <li>{@code [totals]}: nouns for a running total of people and the verb they count:
 *     {@code death toll: kill} makes "the death toll rose to 85" the same count as "85 people were killed".</li>
 * </ul>
 */
public final class Attributes {

    /** An amount of {@code dimension} said of one of the {@code nouns} is a value of {@code attribute}. */
    public record Measure(String attribute, String dimension, Set<String> nouns) {
    }

    /**
     * Words that give a place a named thing has only one of ({@code attribute}, "registry"): either the words
     * written before the place ({@code before}, lower case: "registered", "in") or the suffix joined to it
     * ({@code suffix}: "-flagged"); the other is empty.
     */
    public record PlaceCue(String attribute, List<String> before, String suffix) {
    }

    private static final String PLACE_SLOT = "{place}";

    private final Set<String> singleValued;
    private final List<Measure> measures;
    private final Set<String> evolving;
    private final Map<String, String> totals;
    private final Set<String> movingMeasures;
    private final Set<String> changes;
    private final List<PlaceCue> placeCues;

    private Attributes(Set<String> singleValued, List<Measure> measures, Set<String> evolving,
                       Map<String, String> totals, Set<String> movingMeasures, Set<String> changes,
                       List<PlaceCue> placeCues) {
        this.singleValued = Set.copyOf(singleValued);
        this.measures = List.copyOf(measures);
        this.evolving = Set.copyOf(evolving);
        this.totals = Map.copyOf(totals);
        this.movingMeasures = Set.copyOf(movingMeasures);
        this.changes = Set.copyOf(changes);
        this.placeCues = List.copyOf(placeCues);
    }

    public static Attributes empty() {
        return new Attributes(Set.of(), List.of(), Set.of(), Map.of(), Set.of(), Set.of(), List.of());
    }

    static Attributes parse(List<KnowledgeLine> lines) {
        Set<String> singleValued = new HashSet<>();
        List<Measure> measures = new ArrayList<>();
        Set<String> evolving = new HashSet<>();
        Map<String, String> totals = new HashMap<>();
        Set<String> movingMeasures = new HashSet<>();
        Set<String> changes = new HashSet<>();
        List<PlaceCue> placeCues = new ArrayList<>();
        for (KnowledgeLine line : lines) {
            if ("single-valued".equals(line.section())) {
                singleValued.add(line.text().toLowerCase(Locale.ROOT));
            } else if ("measures".equals(line.section())) {
                measures.add(measure(line));
            } else if ("evolving".equals(line.section())) {
                line.items().forEach(verb -> evolving.add(Synonyms.stems(verb)));
            } else if ("totals".equals(line.section())) {
                if (line.values().size() != 1) {
                    throw line.error("expected 'total noun: verb', such as 'death toll: kill', got: " + line.text());
                }
                totals.put(Synonyms.stems(line.key()), Synonyms.stems(line.values().get(0)));
            } else if ("moving measures".equals(line.section())) {
                movingMeasures.addAll(line.items());
            } else if ("changes".equals(line.section())) {
                line.items().forEach(verb -> changes.add(Synonyms.stems(verb)));
            } else if ("place attributes".equals(line.section())) {
                placeCues.addAll(placeCues(line));
            } else {
                throw line.error("attribute lines belong under [single-valued], [measures], [evolving], [totals],"
                        + " [moving measures], [changes] or [place attributes]");
            }
        }
        return new Attributes(singleValued, measures, evolving, totals, movingMeasures, changes, placeCues);
    }

    /** "registry: registered in {place}, {place}-flagged": words before the place, or a suffix joined to it. */
    private static List<PlaceCue> placeCues(KnowledgeLine line) {
        if (line.values().isEmpty()) {
            throw line.error("expected 'attribute: words {place}, {place}-suffix', got: " + line.text());
        }
        List<PlaceCue> cues = new ArrayList<>();
        for (String cue : line.values()) {
            String lower = cue.toLowerCase(Locale.ROOT);
            if (lower.endsWith(" " + PLACE_SLOT) && lower.indexOf(PLACE_SLOT) == lower.length() - PLACE_SLOT.length()) {
                cues.add(new PlaceCue(line.key(), List.of(lower.substring(0, lower.length() - PLACE_SLOT.length())
                        .trim().split("\\s+")), ""));
            } else if (lower.startsWith(PLACE_SLOT + "-") && lower.lastIndexOf(PLACE_SLOT) == 0
                    && lower.length() > PLACE_SLOT.length() + 1 && !lower.contains(" ")) {
                cues.add(new PlaceCue(line.key(), List.of(), lower.substring(PLACE_SLOT.length())));
            } else {
                throw line.error("a place cue is 'words {place}' or '{place}-suffix', got: " + cue);
            }
        }
        return cues;
    }

    /** The words that give a place a named thing has only one of ([place attributes]). */
    public List<PlaceCue> placeCues() {
        return placeCues;
    }

    private static Measure measure(KnowledgeLine line) {
        List<String> values = line.values();
        if (values.isEmpty() || !values.get(0).contains(" of ")) {
            throw line.error("expected 'attribute: dimension of noun, noun', got: " + line.text());
        }
        String first = values.get(0);
        int of = first.indexOf(" of ");
        Set<String> nouns = new HashSet<>();
        nouns.add(Words.stem(first.substring(of + 4).trim()));
        values.subList(1, values.size()).forEach(n -> nouns.add(Words.stem(n)));
        return new Measure(line.key(), first.substring(0, of).trim(), nouns);
    }

    /**
     * True when counts with this predicate (a stem key such as "kill" or "kill in") move as an event
     * unfolds. A particle after the verb does not matter.
     */
    public boolean evolving(String predicate) {
        return evolving.contains(predicate) || evolving.contains(predicate.split(" ")[0]);
    }

    /** True when an amount of this dimension governed by this verb (a stem key) is a figure that moves. */
    public boolean moving(String dimension, String verb) {
        return movingMeasures.contains(dimension) && changes.contains(verb.split(" ")[0]);
    }

    /** The verb counted by a running-total noun phrase (given as stems, "death toll"), if it is one. */
    public Optional<String> totalOf(String stems) {
        return Optional.ofNullable(totals.get(stems));
    }

    /** The most words a running-total phrase has. */
    public int longestTotal() {
        return totals.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    public Set<String> singleValued() {
        return singleValued;
    }

    /** The attribute an amount of {@code dimension} said of a noun with stem {@code nounStem} gives. */
    public Optional<String> measureOf(String dimension, String nounStem) {
        return measures.stream()
                .filter(m -> m.dimension().equals(dimension) && m.nouns().contains(nounStem))
                .map(Measure::attribute)
                .findFirst();
    }
}
