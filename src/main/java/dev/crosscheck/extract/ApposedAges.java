package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Frame;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.knowledge.Units;
import dev.crosscheck.text.Dates;
import dev.crosscheck.text.NounKinship;
import dev.crosscheck.text.Words;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ages set beside a name in commas, as news writes them ("Carl Brandt, 64, of Mesquite"): a number with no unit
 * that only its place makes an age. Read for {@link QuantityFinder}, as its other ages ("a 4-year-old boy") are.
 */
final class ApposedAges {

    /** An age in years as news sets it beside a name: a whole number, no older than people get. */
    private static final Pattern WHOLE_YEARS = Pattern.compile("\\d{1,3}");
    private static final int MAX_AGE = 120;
    /** What closes an age set beside a name: "Paddock, 64, of", "said Ann Lee, 34." */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ";", ")");

    private final Knowledge knowledge;
    private final FrameReader frames;

    ApposedAges(Knowledge knowledge, FrameReader frames) {
        this.knowledge = knowledge;
        this.frames = frames;
    }

    /**
     * An age set beside a name or a person in commas, as news writes it: "Stephen Paddock, 64, of Mesquite", "the
     * boy, 4, fell", "the woman, aged 62, died", "said Ann Lee, 34." The age of the one named, in years.
     */
    Optional<Draft> read(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (!WHOLE_YEARS.matcher(t.get(i).text()).matches() || Integer.parseInt(t.get(i).text()) > MAX_AGE
                || !(i + 1 == t.size() || APPOSITION_ENDS.contains(t.get(i + 1).text()))) {
            return Optional.empty();
        }
        int before = i - 1;
        if (before >= 0 && t.get(before).lower().equals("aged")) {
            before--;
        }
        if (before < 1 || !t.get(before).text().equals(",")) {
            return Optional.empty();
        }
        Token named = t.get(before - 1);
        boolean name = named.is("PROPN") || (before - 1 > 0 && Character.isUpperCase(named.text().charAt(0)));
        boolean person = name || knowledge.people().contains(named.text()) || NounKinship.kindOfPerson(named.lower());
        Optional<Units.Unit> years = knowledge.units().lookup("years");
        if (!person || years.isEmpty()) {
            return Optional.empty();
        }
        int age = Integer.parseInt(t.get(i).text());
        Measured m = new Measured(i, i + 1, age - 0.5, age + 0.5, years.get());
        String subject = name ? fullName(t, before - 1) : named.stem(); // "Irene G. Steinberg", not any Steinberg
        Frame said = frames.read(s, i, i + 1, Set.of(subject), null);
        return Optional.of(Draft.of(QuantityFinder.KIND, subject, QuantityFinder.AGE, m.value(t.get(i).text()), i,
                i + 1).saying(said).about(subject));
    }

    /**
     * The name a written age goes with, when one does: the name it is set beside in commas ("Carl Brandt, a
     * 64-year-old retired accountant", "Lee, the 33-year-old leader") or the name it stands before ("said 23-year-old
     * Ann Lee"). Without it the age is of the noun it describes (the accountant), which another report of the same
     * person, by name, never meets. A place or a day before the comma ("In Lyon, a 31-year-old man") is no name.
     *
     * @param from where the age's number is
     * @param afterOld the token after its "old"
     */
    Optional<String> nameOf(Sentence s, int from, int afterOld) {
        List<Token> t = s.tokens();
        int k = from - 1;
        if (k >= 0 && (t.get(k).lower().equals("a") || t.get(k).lower().equals("an") || t.get(k).lower().equals("the"))) {
            k--;
        }
        if (k >= 1 && t.get(k).text().equals(",") && nameWord(t, k - 1)) {
            int first = nameStart(t, k - 1);
            return opening(t, first) ? Optional.empty() : name(t, first, k);
        }
        int end = afterOld;
        while (end < t.size() && t.get(end).is("PROPN")) {
            end++;
        }
        // "a 19-year-old German student" is of the student
        boolean ofANoun = end < t.size() && (t.get(end).isNoun() || t.get(end).is("ADJ"));
        return end > afterOld && !ofANoun ? name(t, afterOld, end) : Optional.empty();
    }

    /** The name over tokens first..end, unless knowledge says it is a place, or it is a day or a month alone. */
    private Optional<String> name(List<Token> t, int first, int end) {
        String text = String.join(" ", t.subList(first, end).stream().map(Token::text).toList());
        boolean calendar = end - first == 1 && (Dates.month(text).isPresent() || Dates.weekday(text).isPresent());
        return calendar || knowledge.places().find(text).isPresent() ? Optional.empty()
                : Optional.of(Words.nameKey(text));
    }

    /** True when the name starting at {@code first} ends an opening phrase of place or time ("In Lyon, ..."). */
    private static boolean opening(List<Token> t, int first) {
        return first > 0 && t.get(first - 1).is("ADP") && (first == 1 || t.get(first - 2).isPunctuation());
    }

    /** Where the run of name words ending at {@code last} starts. */
    private static int nameStart(List<Token> t, int last) {
        int first = last;
        while (first > 0 && nameWord(t, first - 1)) {
            first--;
        }
        return first;
    }

    /** A word of a name: tagged one, or a capitalised noun inside the sentence ("Paddock", also a common noun). */
    private static boolean nameWord(List<Token> t, int k) {
        Token w = t.get(k);
        return w.is("PROPN") || k > 0 && w.is("NOUN") && Character.isUpperCase(w.text().charAt(0));
    }

    /** The whole name ending at token {@code last}: its capitalised words and initials ("Matthew B. Steinberg"). */
    private static String fullName(List<Token> t, int last) {
        int first = last;
        while (first > 0) {
            String before = t.get(first - 1).text();
            if (before.equals(".") && first > 1 && t.get(first - 2).text().matches("\\p{Lu}")) {
                first -= 2; // an initial the tokenizer cut from its full stop
            } else if (!before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !t.get(first - 1).is("PUNCT")) {
                first--;
            } else {
                break;
            }
        }
        return Words.nameKey(String.join(" ", t.subList(first, last + 1).stream().map(Token::text).toList()));
    }
}
