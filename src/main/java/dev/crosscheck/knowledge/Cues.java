package dev.crosscheck.knowledge;

import dev.crosscheck.facts.Modality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Words that set how firmly a claim is made: hedges ("presumably", "may"), attribution ("said",
 * "according to") and negation ("not"). File: {@code hedges.txt}, sections named after a
 * {@link Modality} ({@code [probable]}, {@code [possible]}, {@code [reported]}, {@code [negated]}),
 * each line a comma-separated list of words or phrases.
 */
public final class Cues {

    /** A cue phrase, as lower-case words. */
    public record Cue(List<String> words, Modality modality) {
        public String text() {
            return String.join(" ", words);
        }
    }

    /** Cues by their first word, longest first: a sentence is scanned word by word. */
    private final Map<String, List<Cue>> byFirstWord;

    private Cues(List<Cue> cues) {
        this.byFirstWord = cues.stream()
                .sorted(Comparator.comparingInt((Cue c) -> -c.words().size()))
                .collect(java.util.stream.Collectors.groupingBy(c -> c.words().get(0), java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toUnmodifiableList()));
    }

    public static Cues empty() {
        return new Cues(List.of());
    }

    static Cues parse(List<KnowledgeLine> lines) {
        List<Cue> cues = new ArrayList<>();
        for (KnowledgeLine line : lines) {
            Modality modality = modality(line);
            for (String phrase : line.items()) {
                cues.add(new Cue(List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+")), modality));
            }
        }
        return new Cues(cues);
    }

    private static Modality modality(KnowledgeLine line) {
        if (line.section() == null) {
            throw line.error("cue words belong under a section: [probable], [possible], [reported] or [negated]");
        }
        try {
            Modality modality = Modality.valueOf(line.section().toUpperCase(Locale.ROOT));
            if (modality == Modality.ASSERTED) {
                throw new IllegalArgumentException();
            }
            return modality;
        } catch (IllegalArgumentException e) {
            throw line.error("unknown section [" + line.section()
                    + "]: use [probable], [possible], [reported] or [negated]");
        }
    }

    /** True when word {@code i} of the lower-cased {@code words} is on its own a word of reporting: "said", "reported". */
    public boolean reportingWordAt(List<String> words, int i) {
        return at(words, i).filter(c -> c.modality() == Modality.REPORTED && c.words().size() == 1).isPresent();
    }

    /** The longest cue starting at word {@code i} of the lower-cased {@code words}, if any. */
    public Optional<Cue> at(List<String> words, int i) {
        for (Cue cue : byFirstWord.getOrDefault(words.get(i), List.of())) {
            if (i + cue.words().size() <= words.size()
                    && words.subList(i, i + cue.words().size()).equals(cue.words())) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }
}
