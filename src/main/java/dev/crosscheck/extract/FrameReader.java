package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Frame;
import dev.crosscheck.knowledge.Cues;
import dev.crosscheck.knowledge.Frames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a claim's frame: the words around its value in its clause, with the value masked, and the claim's
 * predicate where it lies outside that window ("three women, presumably nurses, walking behind them" gives
 * "with women walking behind"). A clause that opens with "including" or "among" is part of the one before it
 * ("carrying 52 people, including 4 staff" gives "carrying people including staff"). Names are left out of the
 * words (who is about is what the frame's things and the claim's subject say; outlets name people differently),
 * and so are determiners, auxiliaries, pronouns, numbers and words of reporting ("reported earnings of $4 million"
 * and "earnings of $5 million" are frames of one figure: who reports it is not what it is). Knowledge then puts the frame in a group or a class
 * (frames.txt).
 */
final class FrameReader {

    private static final Set<String> BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")", "\"", "“", "”", "'");
    /** Tags that carry what a claim is about; determiners, auxiliaries, pronouns and numbers do not. */
    private static final Set<String> KEPT = Set.of("NOUN", "VERB", "ADJ", "ADV", "ADP");
    /** Words that make a clause part of the one before it: a part of a group, or one of them. */
    private static final Set<String> PART_OF = Set.of("including", "among", "incl.", "of");
    /** What may follow a counted noun within its own phrase: "people on board", "people dead", "crew members". */
    private static final Set<String> NOUN_PHRASE = Set.of("NOUN", "PROPN", "ADJ", "ADP", "ADV");
    private static final int BEFORE = 4;
    private static final Set<String> TIME_WORDS = Set.of("year", "years", "month", "months", "week", "weeks",
            "day", "days", "hour", "hours", "minute", "minutes", "old", "time", "times", "today", "yesterday",
            "tonight", "morning", "afternoon", "evening", "night");
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "or", "but", "when", "while", "because",
            "although", "though", "that", "which", "who", "whom", "whose", "where", "if", "whereas");
    private static final int AFTER = 5;
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");

    private final Frames frames;
    private final Cues cues;

    FrameReader(Frames frames, Cues cues) {
        this.frames = frames;
        this.cues = cues;
    }

    /**
     * The frame of a claim whose value is tokens {@code [valueFrom, valueTo)} of the sentence, about
     * {@code things}, hanging on {@code predicate} (or null): up to three words before the value and five after,
     * within its clause and stopping where another act begins ("climbed the barrier and fell 10 feet", "when it
     * ran aground").
     */
    Frame read(Sentence s, int valueFrom, int valueTo, Set<String> things, Predicate predicate) {
        return read(s, valueFrom, valueTo, things, predicate, false);
    }

    /**
     * The frame of a measured amount: it is about the noun it measures and every noun of its frame ("the 250
     * tonnes of fuel oil the tanker was carrying" is about oil, fuel and the tanker), so that another report of it
     * in other words shares one.
     */
    Frame readMeasure(Sentence s, int valueFrom, int valueTo, Set<String> measured, Predicate act) {
        return read(s, valueFrom, valueTo, measured, act, true);
    }

    private Frame read(Sentence s, int valueFrom, int valueTo, Set<String> things, Predicate predicate,
                       boolean aboutItsNouns) {
        List<Token> t = s.tokens();
        int from = clauseStart(t, valueFrom);
        int to = clauseEnd(t, valueTo);
        List<Integer> window = new ArrayList<>();
        int stop = valueFrom - 1;
        for (; stop >= from && window.size() < BEFORE && !ends(t.get(stop)); stop--) {
            if (kept(s, stop)) {
                window.add(0, stop);
            }
        }
        Optional<Token> antecedent = aboutItsNouns ? antecedent(t, stop) : Optional.empty();
        int after = 0;
        for (int k = valueTo; k < to && after < AFTER && !ends(t.get(k)); k++) {
            if (kept(s, k)) {
                window.add(k);
                after++;
            }
        }
        int verb = predicate == null ? -1 : indexOf(t, predicate.text());
        if (verb >= 0 && !window.contains(verb) && !reporting(s, verb) && !value(t.get(verb))) {
            window.add(verb < valueFrom ? 0 : window.size(), verb); // "carrying ... 4 staff": the verb comes first
        }
        List<Token> words = window.stream().map(t::get).toList();
        List<String> stems = words.stream().map(Token::stem).toList();
        String text = String.join(" ", words.stream().map(Token::lower).toList());
        String group = group(t, valueTo, predicate);
        if (group == null && from < clauseStart(t, valueFrom, false)) {
            group = groupOfWords(t, from, valueFrom); // "carrying 52 people, including 4 staff": the 4 were carried
        }
        Set<String> content = new TreeSet<>();
        words.stream().filter(w -> !w.is("ADP")).forEach(w -> content.add(w.stem()));
        Set<String> about = new TreeSet<>(things);
        if (aboutItsNouns) {
            words.stream().filter(w -> w.is("NOUN")).forEach(w -> about.add(w.stem()));
        }
        antecedent.ifPresent(noun -> about.add(noun.stem()));
        return new Frame(text, content, about, group, frames.classOf(stems).orElse(null), null);
    }

    /**
     * The group a count is of: named by its own verb ("killed"), else by the counted noun and the words right after
     * it ("fatalities", "people on board"). Words further on belong to other claims ("trapping five people and
     * injuring another 40": the five were trapped, not injured).
     */
    private String group(List<Token> t, int valueTo, Predicate predicate) {
        if (predicate != null) {
            int at = indexOf(t, predicate.text());
            List<String> verbPhrase = new ArrayList<>(List.of(predicate.key().split(" ")));
            for (int k = at + 1; at >= 0 && k < Math.min(t.size(), at + 3); k++) {
                verbPhrase.add(t.get(k).stem()); // "lost their lives"
            }
            Optional<String> byVerb = frames.groupOf(verbPhrase, 0);
            if (byVerb.isPresent()) {
                return byVerb.get();
            }
        }
        return groupAfter(t, valueTo).orElse(null);
    }

    /** The group named by the word of tokens {@code [from, to)} nearest {@code to} that names one. */
    private String groupOfWords(List<Token> t, int from, int to) {
        List<String> stems = t.subList(from, to).stream().map(Token::stem).toList();
        for (int k = stems.size() - 1; k >= 0; k--) {
            Optional<String> group = frames.groupOf(stems.subList(k, stems.size()), 0);
            if (group.isPresent()) {
                return group.get();
            }
        }
        return null;
    }

    /** The group the words right after a counted noun name, within its phrase: "6 staff on board". */
    Optional<String> groupAfter(List<Token> t, int from) {
        List<String> phrase = new ArrayList<>();
        for (int k = from; k < Math.min(t.size(), from + 4) && NOUN_PHRASE.contains(t.get(k).tag()); k++) {
            phrase.add(t.get(k).stem());
        }
        return frames.groupOf(phrase, 0);
    }

    /**
     * The noun a relative clause that holds the value is about: "the boy, who fell 10 to 12 feet" measures the boy,
     * "the droneship, which will be stationed in the Atlantic" places the droneship. {@code k} is where the frame's
     * words before the value stopped.
     */
    private static Optional<Token> antecedent(List<Token> t, int k) {
        if (k < 1 || !RELATIVES.contains(t.get(k).lower())) {
            return Optional.empty();
        }
        int noun = t.get(k - 1).text().equals(",") ? k - 2 : k - 1;
        return noun >= 0 && t.get(noun).is("NOUN") ? Optional.of(t.get(noun)) : Optional.empty();
    }

    /**
     * Where another act begins: "and", "or" ("climbed the barrier and fell 10 feet"), "when" ("when it ran
     * aground"), "that", "which". By the word, since the tagger calls "into" a conjunction and "when" an adverb.
     */
    private static boolean ends(Token token) {
        return CLAUSE_OPENERS.contains(token.lower());
    }

    private boolean kept(Sentence s, int k) {
        Token token = s.tokens().get(k);
        return KEPT.contains(token.tag()) && !reporting(s, k) && token.text().chars().anyMatch(Character::isLetter)
                && !hyphenatedValue(token) // "4-year-old" and "19-ton" are values; "co-payment" is a word
                && !value(token)
                && !TIME_WORDS.contains(token.lower()); // when a thing happened is the claim's time, not its frame
    }

    /** "reported", "said", "allegedly": who tells the claim, not what it is ("claims" as a noun is kept). */
    private boolean reporting(Sentence s, int k) {
        Token token = s.tokens().get(k);
        return (token.is("VERB") || token.is("ADV")) && cues.reportingWordAt(s.lowerWords(), k);
    }

    /** "600hp", "8.2m", "1,500ft": a value with its unit, whatever the tagger calls it (a noun, even a verb). */
    private static boolean value(Token token) {
        return Character.isDigit(token.text().charAt(0));
    }

    private static boolean hyphenatedValue(Token token) {
        int hyphen = token.text().indexOf('-');
        return hyphen >= 0 && (hyphen == 0 || NumberReader.isNumber(token.text().substring(0, hyphen)));
    }

    private static int clauseStart(List<Token> t, int from) {
        return clauseStart(t, from, true);
    }

    private static int clauseStart(List<Token> t, int from, boolean partOfTheOneBefore) {
        int k = from;
        while (k > 0 && !BREAKS.contains(t.get(k - 1).text())) {
            k--;
        }
        if (partOfTheOneBefore && k > 1 && k < t.size() && PART_OF.contains(t.get(k).lower())) {
            k--; // the break before "including": take the clause before it too
            while (k > 0 && !BREAKS.contains(t.get(k - 1).text())) {
                k--;
            }
        }
        return k;
    }

    private static int clauseEnd(List<Token> t, int to) {
        int k = to;
        while (k < t.size() && !BREAKS.contains(t.get(k).text()) && !t.get(k).text().equals(".")) {
            k++;
        }
        return k;
    }

    private static int indexOf(List<Token> t, String text) {
        String first = text.split(" ")[0];
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).text().equals(first)) {
                return k;
            }
        }
        return -1;
    }
}
