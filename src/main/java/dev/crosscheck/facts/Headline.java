package dev.crosscheck.facts;

import dev.crosscheck.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A conflict's title for editors, in plain words: what it is about, then each side's value and source —
 * "Truck weight: 25-tonne (www.thesun.co.uk) vs 19-ton (www.nytimes.com)". A rule may write its own with
 * {@code @headline("...")}, a template like {@code @explanation} that may also use {@code {topic}} and
 * {@code {sides}}; without one, a conflict's headline is {@value #DEFAULT}.
 */
public final class Headline {

    /** The subject of a place claim: "place · " and the act's verb. */
    private static final String PLACE_SUBJECT = "place · ";
    /** How many words after a count its noun may stand: "at least 12 Indonesian crew". */
    private static final int NOUN_WITHIN = 4;
    private static final Pattern WORD_BREAK = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}-]+");
    /** What a place claim answers, by its attribute. */
    private static final Map<String, String> PLACE_QUESTIONS = Map.of("place", "Where it happened",
            "origin", "Where it came from", "destination", "Where it went");

    public static final String DEFAULT = "{topic}: {sides}";

    /** How the align stage names the attribute of a slot in a phrase two reworded sentences share: "name_in_phrase". */
    private static final String IN_PHRASE = "_in_phrase";

    /** Attributes with a plainer word for editors; the rest read as they are. */
    private static final Map<String, String> PLAIN_ATTRIBUTES = Map.of("mass", "weight", "money", "amount",
            "count", "number");

    private Headline() {
    }

    /** The headline of a conflict with this evidence: the rule's template, or {@link #DEFAULT}. */
    static String of(String template, List<Assertion> evidence, List<Assertion> timeline) {
        String filled = Explanation.fill(template == null || template.isBlank() ? DEFAULT : template, evidence,
                timeline);
        return Wording.capitalised(filled.strip().replaceAll("\\s+", " "));
    }

    /**
     * What the claims are about, from the first one: a count names its group and what they did ("People
     * killed"), an amount the thing measured and the measure ("Truck weight"), a date the event ("When Boko Haram
     * abducted"), an office its holder ("Christian Estrosi as mayor"), a difference between two copies of one
     * sentence the kind of word that differs ("Name in the same sentence"; "Name in the same phrase" of sentences that
     * share only a phrase) unless it is a count or a date, an act
     * affirmed and denied its verb ("Whether it happened (released)"), anything else its attribute and subject
     * ("Engine layout of version").
     */
    static String topic(Assertion a) {
        return topic(a, List.of(a));
    }

    /** As {@link #topic(Assertion)}, naming a measured thing all of the evidence is about where there is one. */
    static String topic(Assertion a, List<Assertion> evidence) {
        String sentence = a.at().sentence();
        String subject = a.subject() == null ? "" : a.subject();
        boolean placeholder = a.placeholderSubject();
        String kind = a.kind() == null ? "" : a.kind();
        if (kind.equals("SLOT")) {
            if (a.attribute().equals("denial")) {
                // one act in two sentences, not one sentence: name the act by its verb, the side's last word
                String quote = a.quote().strip();
                return "Whether it happened (" + quote.substring(quote.lastIndexOf(' ') + 1) + ")";
            }
            if (a.attribute().equals("date")) {
                return date(a, subject, sentence);
            }
            if (a.attribute().endsWith(IN_PHRASE)) {
                return Wording.capitalised(a.attribute().replace(IN_PHRASE, "")) + " in the same phrase";
            }
            if (!(a.attribute().equals("number") && subject.contains(" · "))) {
                return Wording.capitalised(a.attribute()) + " in the same sentence";
            }
        }
        if (kind.equals("COUNT") || kind.equals("ROLE") || kind.equals("SLOT")) {
            String group = group(subject, sentence, a.frame().group(), a.at().start() - a.at().sentenceStart(),
                    a.value().numeric() && a.value().low() > 1);
            return kind.equals("ROLE") ? "Who the " + group + " were" : Wording.capitalised(group);
        }
        if (kind.equals("OFFICE")) {
            return subject + " as " + a.attribute();
        }
        if (kind.equals("DATE")) {
            return date(a, subject, sentence);
        }
        if (kind.equals("PLACE") && subject.startsWith(PLACE_SUBJECT)) {
            // "place · land": where the act happened, named by its verb as the sentence wrote it
            String verb = Wording.asWritten(subject.substring(PLACE_SUBJECT.length()), sentence);
            return PLACE_QUESTIONS.getOrDefault(a.attribute(), "Where it happened") + " (" + verb + ")";
        }
        // an age is of the one named or described ("Carl Brandt", "the boy"), not of the noun beside it
        boolean age = a.attribute().equals("age") && !placeholder;
        String thing = age ? Wording.asWritten(subject, sentence)
                : placeholder || kind.equals("QUANTITY") ? measured(a, evidence) : subject;
        String attribute = attribute(a.attribute());
        if (kind.equals("QUANTITY") && !thing.isEmpty()) {
            return Wording.capitalised(thing + " " + attribute);
        }
        return Wording.capitalised(attribute) + (thing.isEmpty() ? "" : " of " + thing);
    }

    /**
     * When an event happened: from its subject ("abduct · River Gang": "When River Gang abducted"), else from the
     * claim's frame ("Date of people massacred on beach"). The subject goes first: a date's frame leaves its
     * participants out ("abducted by in").
     */
    private static String date(Assertion a, String subject, String sentence) {
        int dot = subject.indexOf(" · ");
        if (dot >= 0) {
            return "When " + subject.substring(dot + 3) + " " + Wording.asWritten(subject.substring(0, dot), sentence);
        }
        return "Date of " + (!a.frame().text().isEmpty() ? shortened(a.frame().text()) : subject);
    }

    /**
     * "People killed" from "person · kill": the group in the plural, then what they did, as the sentence wrote it;
     * when the sentence does not ("the toll rose to 31"), the group knowledge names ("dead"), else the bare key.
     */
    /** @param countAt where the count starts in the sentence */
    private static String group(String subject, String sentence, String knownGroup, int countAt, boolean many) {
        int dot = subject.indexOf(" · ");
        if (dot < 0) {
            return "number of " + Words.plural(Wording.asWritten(subject, sentence));
        }
        String noun = subject.substring(0, dot);
        String who = many && countedAsWritten(noun, sentence, countAt) ? Wording.asWritten(noun, sentence)
                : Words.plural(noun);
        String did = subject.substring(dot + 3);
        String written = Wording.asWritten(did, sentence);
        if (!written.equals(did) || sentence.toLowerCase(Locale.ROOT).contains(did)) {
            // a verb before the count acts on the group ("killing three people": people killed); after it, the group
            // acts ("boats carrying migrants": boats carrying)
            int verbAt = sentence.toLowerCase(Locale.ROOT).indexOf(written.toLowerCase(Locale.ROOT));
            return who + " " + (verbAt >= 0 && verbAt < countAt ? Wording.participle(written) : written);
        }
        return knownGroup != null ? knownGroup : "number of " + who + " (" + did + ")";
    }

    /**
     * True when the noun stands in its bare form among the few words right after the count ("6 staff", "12 Indonesian
     * crew", "40 police"), of a count of more than one: a noun whose plural is itself, which a made plural ("staffs")
     * would misname.
     */
    private static boolean countedAsWritten(String noun, String sentence, int countAt) {
        if (countAt < 0 || countAt >= sentence.length()) {
            return false;
        }
        String[] words = WORD_BREAK.split(sentence.substring(countAt), NOUN_WITHIN + 2);
        for (int i = 1; i < Math.min(words.length, NOUN_WITHIN + 1); i++) {
            if (NOT_LETTER.matcher(words[i]).replaceAll("").equalsIgnoreCase(noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an amount measures: the noun it describes, else a thing its frame names, one that every side's frame names
     * where there is one ("adjusted earnings from continuing operations" and "adjusted earnings of": earnings).
     */
    private static String measured(Assertion a, List<Assertion> evidence) {
        String sentence = a.at().sentence();
        if (a.predicate() != null && !a.predicate().isBlank()) {
            return Wording.asWritten(a.predicate(), sentence);
        }
        List<String> things = a.frame().things().stream().sorted().toList();
        String shared = things.stream()
                .filter(t -> evidence.stream().allMatch(e -> e.frame().things().contains(t)))
                .findFirst().orElse(things.isEmpty() ? null : things.get(0));
        return shared != null ? Wording.asWritten(shared, sentence) : a.placeholderSubject() ? "" : a.subject();
    }

    /** "money USD" is an amount, "mass" a weight; other attributes are their own plain words. */
    private static String attribute(String attribute) {
        String first = attribute.split(" ")[0];
        String plain = PLAIN_ATTRIBUTES.get(first.toLowerCase(Locale.ROOT));
        return plain != null ? plain : attribute;
    }

    /** The first six words of a frame: enough to name an event. */
    private static String shortened(String frame) {
        String[] words = frame.strip().split("\\s+");
        return words.length <= 6 ? frame.strip() : String.join(" ", List.of(words).subList(0, 6)) + "…";
    }

    /**
     * Each side's value and source, in evidence order: "58 (rt.com) vs at least 59 (rt.com)" — or, when all
     * come from one article, the values and then the source once: "58 vs at least 59 (rt.com)".
     */
    static String sides(List<Assertion> evidence) {
        if (evidence.stream().map(Assertion::article).distinct().count() == 1) {
            return evidence.stream().map(Wording::value).collect(Collectors.joining(" vs "))
                    + " (" + evidence.get(0).outlet() + ")";
        }
        return evidence.stream().map(a -> Wording.value(a) + " (" + Wording.source(a, evidence) + ")")
                .collect(Collectors.joining(" vs "));
    }
}
