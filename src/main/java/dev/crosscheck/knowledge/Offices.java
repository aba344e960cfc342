package dev.crosscheck.knowledge;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Titles people hold ("mayor", "prime minister", "secretary of state") and the words that say a title is
 * no longer held ("former", "ex"). File: {@code offices.txt}, sections {@code [office]} and
 * {@code [former]}, comma-separated, any case. A person called both "Mayor X" and "the former mayor"
 * in one report is a contradiction the rules can see.
 */
public final class Offices {

    private final Set<String> titles;
    private final Set<String> formerWords;
    /** The titles by their first word, longest first: most words start none, and are passed over at once. */
    private final Map<String, List<List<String>>> byFirstWord;

    private Offices(Set<String> titles, Set<String> formerWords) {
        this.titles = Set.copyOf(titles);
        this.formerWords = Set.copyOf(formerWords);
        this.byFirstWord = titles.stream()
                .map(t -> List.of(t.split(" ")))
                .sorted(Comparator.comparingInt((List<String> t) -> -t.size()))
                .collect(Collectors.groupingBy(t -> t.get(0), Collectors.toUnmodifiableList()));
    }

    public static Offices empty() {
        return new Offices(Set.of(), Set.of());
    }

    static Offices parse(List<KnowledgeLine> lines) {
        Set<String> titles = new HashSet<>();
        Set<String> former = new HashSet<>();
        for (KnowledgeLine line : lines) {
            Set<String> target = switch (line.section() == null ? "" : line.section()) {
                case "office" -> titles;
                case "former" -> former;
                default -> throw line.error("offices.txt has two sections, [office] and [former]; this line is "
                        + (line.section() == null ? "under none" : "under [" + line.section() + "]"));
            };
            for (String item : line.items()) {
                String lower = item.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (target == former && lower.contains(" ")) {
                    throw line.error("a [former] word is one word, got: " + item);
                }
                target.add(lower);
            }
        }
        return new Offices(titles, former);
    }

    /** The number of words of the longest title starting at {@code from} in lower-cased {@code words}, or 0. */
    public int titleAt(List<String> words, int from) {
        for (List<String> title : byFirstWord.getOrDefault(words.get(from), List.of())) {
            if (from + title.size() <= words.size() && title.equals(words.subList(from, from + title.size()))) {
                return title.size();
            }
        }
        return 0;
    }

    public boolean isTitle(String lowerWord) {
        return titles.contains(lowerWord);
    }

    public boolean isFormer(String lowerWord) {
        return formerWords.contains(lowerWord);
    }
}
