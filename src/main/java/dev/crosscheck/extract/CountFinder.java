package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Frame;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Cues;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.knowledge.PersonNouns;
import dev.crosscheck.text.NounKinship;
import dev.crosscheck.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads counted groups: "three women, apparently nurses, standing by the door", "a tall man in a
 * coat", "40 electric buses have been sold". Each gives a COUNT claim and, when an apposition names
 * what they are, a ROLE claim. The group is identified by its kind of noun and the verb it goes with,
 * so "three women ... standing by the door" and "one woman ... standing by the door" are the same group.
 */
final class CountFinder implements ClaimFinder {

    static final String COUNT = "COUNT";
    static final String ROLE = "ROLE";
    private static final int MAX_MODIFIERS = 4;
    /** "15th", "48th": a number that ranks; the number readers read it as a number (a changed rank is a change). */
    /** "rose to 85", "stood at 85": the words right before a running total's figure. */
    private static final Set<String> TO_AT = Set.of("to", "at");
    /** The words that bring "the number of ..." to its figure: "rose to", "stood at", "reached". */
    private static final Set<String> REACHED = Set.of("to", "at", "reached", "hit", "topped", "is", "was", "stands", "stood");
    /** Words after a bare number that make it some of a group: "killed 10 from the US". */
    private static final Set<String> SOME_OF = Set.of("from", "of");
    /** "two-thirds", "three quarters": a share of a whole, not a count of thirds. */
    private static final Pattern FRACTION = Pattern.compile("(half|halves|third|quarter|fifth|sixth|seventh|eighth"
            + "|ninth|tenth)s?");
    /** How far before its figure "the number of" may stand, in tokens. */
    private static final int NUMBER_OF_REACH = 14;

    private final Knowledge knowledge;
    private final Syntax syntax;
    private final AmountReader amounts;
    private final FrameReader frames;

    CountFinder(Knowledge knowledge, Syntax syntax, FrameReader frames) {
        this.knowledge = knowledge;
        this.syntax = syntax;
        this.amounts = new AmountReader(knowledge);
        this.frames = frames;
    }

    /** Where the apposition naming the group's role sits, and the role noun. */
    private record Role(int end, int after, Token noun) {
    }

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        List<Draft> drafts = new ArrayList<>();
        Sentence s = frame.sentence();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (used[i]) {
                continue;
            }
            if (NumberReader.isOrdinalFigure(t.get(i).lower())) {
                // "15th place", "the 48th of 71 laps": a rank, not a count, and the whole it ranks in is no count either
                int skip = i + 1 < t.size() && t.get(i + 1).lower().equals("of")
                        ? amount(s, i + 2).map(Measured::to).orElse(i + 1) : i + 1;
                ClaimFinder.use(used, i, skip);
                i = skip - 1;
                continue;
            }
            Optional<Measured> amount = amount(s, i);
            if (amount.isEmpty()) {
                continue;
            }
            int ratioEnd = amount.get().to() + 1;
            if (ratioEnd < t.size() && t.get(ratioEnd - 1).lower().equals("in")
                    && NumberReader.isNumber(t.get(ratioEnd).text()) && !TimeReader.isYear(t.get(ratioEnd))) {
                ClaimFinder.use(used, amount.get().from(), ratioEnd + 1);
                i = ratioEnd;
                continue; // "1 in 5 voters": a share, not five voters
            }
            if (increment(t, amount.get().to())) {
                ClaimFinder.use(used, amount.get().from(), amount.get().to() + 1);
                i = amount.get().to();
                continue; // "2.5 million more people were exposed": what was added, not how many in all
            }
            // "21 of the more than 200 schoolgirls", "20 of 71 laps": the first number counts, the second is the whole
            int whole = wholeAfter(s, amount.get()).orElse(amount.get().to());
            int head = head(t, whole);
            if (head < 0) {
                Optional<Draft> people = implicitPeople(s, amount.get()).or(() -> runningTotal(s, amount.get()))
                        .or(() -> numberOf(s, amount.get()));
                if (people.isPresent() && ClaimFinder.free(used, people.get().from(), people.get().to())) {
                    drafts.add(people.get());
                    ClaimFinder.use(used, people.get().from(), people.get().to());
                    i = people.get().to() - 1;
                }
                continue;
            }
            String headWord = t.get(head).lower();
            if (!ClaimFinder.free(used, i, head + 1) || knowledge.units().lookup(t.get(head).text()).isPresent()
                    || FRACTION.matcher(headWord).matches() || ClockTimeFinder.HALF_OF_DAY.matcher(headWord).matches()) {
                continue;
            }
            if (amount.get().low() == amount.get().high() && amount.get().low() != Math.rint(amount.get().low())) {
                continue; // "a magnitude 7.1 aftershock": a count is whole
            }
            boolean person = knowledge.people().contains(t.get(head).text());
            if (t.get(i).is("DET") && !person) {
                continue; // "a" counts only people: "a man" is one man, "a drive" is not a count
            }
            if (!person && TimeReader.isYear(t.get(i)) && head == amount.get().to()
                    && Words.singular(t.get(head).text()).equals(t.get(head).lower())) {
                continue; // "set for 2018 mission", "its 2016 report": a year before a thing, not 2,018 of them
            }
            Optional<Role> role = role(t, head + 1);
            int end = role.map(Role::end).orElse(head + 1);
            // a part counted out of a whole goes with its own verb ("shows 15 of the 200 schoolgirls abducted":
            // the 15 are shown; the 200 were abducted)
            Optional<Predicate> predicate = (whole > amount.get().to() ? syntax.governingVerb(s, i)
                    : syntax.predicate(s, i, role.map(Role::after).orElse(head + 1)))
                    // no verb, but a group named after the noun, or after the next one it is listed with:
                    // "with 48 passengers and 6 staff on board"
                    .or(() -> groupNamedAfter(s, head + 1).map(group -> new Predicate(group, group)));
            if (predicate.isEmpty()) {
                continue;
            }
            drafts.addAll(drafts(s, amount.get(), head, person, role, end, predicate.get()));
            ClaimFinder.use(used, amount.get().from(), end);
            i = end - 1;
        }
        drafts.addAll(totals(s, drafts));
        return drafts;
    }

    /** "2.5 million more people", "three additional bodies": a number of what was added, right before the noun. */
    private static boolean increment(List<Token> t, int k) {
        return k + 1 < t.size() && AmountReader.INCREMENTS.contains(t.get(k).lower())
                && (t.get(k + 1).isNoun() || t.get(k + 1).is("ADJ"));
    }

    /** The group named right after the noun, or after the count listed next with "and": "48 passengers and 6 staff on board". */
    private Optional<String> groupNamedAfter(Sentence s, int k) {
        List<Token> t = s.tokens();
        Optional<String> here = frames.groupAfter(t, k);
        if (here.isPresent() || k >= t.size() || !t.get(k).lower().equals("and")) {
            return here;
        }
        Optional<Measured> next = k + 1 < t.size() ? amount(s, k + 1) : Optional.empty();
        int nextHead = next.map(m -> head(t, m.to())).orElse(-1);
        return nextHead < 0 ? Optional.empty() : frames.groupAfter(t, nextHead + 1);
    }

    /**
     * A total given by its parts: counts of different kinds of people listed with "and" in one phrase, of one
     * group ("48 passengers and 6 staff on board"), also count the people of that group together (54), so
     * that a total told elsewhere ("carrying 52 people") is checked as a sum.
     */
    private List<Draft> totals(Sentence s, List<Draft> drafts) {
        List<Draft> counts = drafts.stream().filter(d -> d.kind().equals(COUNT) && d.frame().group() != null).toList();
        List<Draft> totals = new ArrayList<>();
        int k = 0;
        while (k < counts.size()) {
            int last = k;
            while (last + 1 < counts.size() && listedWith(s, counts.get(last), counts.get(last + 1))) {
                last++;
            }
            if (last > k) {
                totals.add(total(s, counts.subList(k, last + 1)));
            }
            k = last + 1;
        }
        return totals;
    }

    /** Two counts of one group side by side, "and" or a comma between them, of different kinds of people. */
    private static boolean listedWith(Sentence s, Draft a, Draft b) {
        List<Token> between = s.tokens().subList(a.to(), b.from());
        return b.from() >= a.to() && between.size() <= 2
                && between.stream().allMatch(t -> t.lower().equals("and") || t.text().equals(","))
                && a.frame().group().equals(b.frame().group()) && !a.frame().things().equals(b.frame().things())
                && people(a) && people(b);
    }

    /** A count of people, or of what might be: "one derailment and two collisions" add up to no people. */
    private static boolean people(Draft count) {
        return count.frame().things().stream().noneMatch(NounKinship::knownNotPeople);
    }

    private Draft total(Sentence s, List<Draft> parts) {
        double low = parts.stream().mapToDouble(d -> d.value().low()).sum();
        double high = parts.stream().mapToDouble(d -> d.value().high()).sum();
        Draft first = parts.get(0);
        Draft last = parts.get(parts.size() - 1);
        Frame lastFrame = last.frame();
        Frame frame = new Frame(lastFrame.text(), lastFrame.words(), Set.of(PersonNouns.CLASS), lastFrame.group(),
                lastFrame.key(), null);
        // the sum leads, so that a headline reads "54 (48 passengers and 6 staff)" against a total told elsewhere
        String listed = s.span(first.from(), last.to());
        Value sum = Value.amount(Value.amount(listed, low, high, "count").key() + " (" + listed + ")", low, high, "count");
        return Draft.of(COUNT, PersonNouns.CLASS + " · " + lastFrame.group(), "count", sum, first.from(), last.to())
                .about(last.predicate()).saying(frame);
    }

    private List<Draft> drafts(Sentence s, Measured amount, int head, boolean person, Optional<Role> role, int end,
                               Predicate predicate) {
        int from = amount.from();
        String kind = person ? PersonNouns.CLASS : Words.singular(s.tokens().get(head).text());
        String subjectKey = kind + " · " + predicate.key();
        List<Draft> drafts = new ArrayList<>();
        drafts.add(count(s, amount, kind, predicate, from, end));
        if (role.isPresent()) {
            Token roleNoun = role.get().noun();
            String key = knowledge.synonyms().canonical(roleNoun.stem());
            drafts.add(Draft.of(ROLE, subjectKey, "role", Value.category(Words.singular(roleNoun.text()), key),
                    from, end).about(predicate.key()));
        }
        return drafts;
    }

    /** The COUNT claim of {@code amount} for the group {@code kind} that {@code predicate} names, over tokens from..to. */
    private Draft count(Sentence s, Measured amount, String kind, Predicate predicate, int from, int to) {
        Value count = Value.amount(s.span(amount.from(), amount.to()), amount.low(), amount.high(), "count", amount.about());
        Frame read = frames.read(s, amount.from(), amount.to(), Set.of(kind), predicate);
        Frame frame = read.group() != null ? read : groupAfterPhrase(s, to).map(read::withGroup).orElse(read);
        return Draft.of(COUNT, kind + " · " + predicate.key(), "count", count, from, to).about(predicate.key())
                .saying(frame);
    }

    /**
     * The group of a count whose verb and nearby words name none, from what follows its noun phrase ending at
     * {@code k}: a group whose words open right there ("two young local crew members aboard", where the frame's
     * few words past the figure stop short), or the group named after the count it is listed with ("overturned with
     * 48 passengers and 6 staff on board"); not a group named further on ("people with more serious injuries").
     */
    private Optional<String> groupAfterPhrase(Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k < t.size() && t.get(k).lower().equals("and")) {
            return groupNamedAfter(s, k);
        }
        List<String> stems = t.subList(Math.min(k, t.size()), Math.min(k + 3, t.size())).stream().map(Token::stem).toList();
        return knowledge.frames().groupOpening(stems);
    }

    /**
     * A count with the people left out: a headline's "58 killed, 527 injured", "12 dead", or "wounding at least
     * 90". Only verbs of an evolving figure qualify, so "40 sold" stays unread.
     */
    private Optional<Draft> implicitPeople(Sentence s, Measured amount) {
        List<Token> t = s.tokens();
        int k = amount.to();
        while (k < t.size() && t.get(k).is("AUX") && k - amount.to() < 2) {
            k++; // "527 were injured"
        }
        if (amount.unit() != null) {
            return Optional.empty();
        }
        boolean after = k < t.size() && !t.get(k).lower().equals("a") && (t.get(k).isVerb() || t.get(k).is("ADJ"))
                && knowledge.attributes().evolving(t.get(k).stem());
        int verbAt = after ? k : verbBefore(t, amount.from());
        if (verbAt < 0) {
            return Optional.empty();
        }
        if (!after && amount.to() < t.size() && SOME_OF.contains(t.get(amount.to()).lower())) {
            return Optional.empty(); // "killed 10 from the US", "killing three of the family": some of the dead
        }
        String verb = knowledge.synonyms().canonical(t.get(verbAt).stem());
        return Optional.of(count(s, amount, PersonNouns.CLASS, new Predicate(verb, t.get(verbAt).text()),
                Math.min(verbAt, amount.from()), Math.max(verbAt + 1, amount.to())));
    }

    /**
     * "killing three and wounding at least 90", "injuring another 40", "killed 5 and injured 12": the verb of an
     * evolving figure right before a number that counts no noun. Returns its position, or -1.
     */
    private int verbBefore(List<Token> t, int from) {
        int k = from - 1;
        if (k >= 0 && t.get(k).lower().equals("another")) {
            k--;
        }
        // "killing three", and the past of it: "the blast killed 5 and injured 12"
        boolean participle = k >= 0 && ((t.get(k).isVerb() && t.get(k).lower().endsWith("ing"))
                // the tagger calls "injured" in "and injured 12" an adjective
                || ((t.get(k).isVerb() || t.get(k).is("ADJ")) && t.get(k).lower().endsWith("ed")));
        return participle && knowledge.attributes().evolving(t.get(k).stem()) ? k : -1;
    }

    /** "The death toll rose to 85": a number standing for a running total named earlier in the sentence. */
    private Optional<Draft> runningTotal(Sentence s, Measured amount) {
        List<Token> t = s.tokens();
        int longest = knowledge.attributes().longestTotal();
        for (int start = 0; start < amount.from(); start++) {
            for (int len = Math.min(longest, amount.from() - start); len >= 1; len--) {
                String stems = t.subList(start, start + len).stream().map(Token::stem)
                        .collect(java.util.stream.Collectors.joining(" "));
                Optional<String> verb = knowledge.attributes().totalOf(stems);
                boolean reached = amount.from() > 0 && TO_AT.contains(t.get(amount.from() - 1).lower());
                if (verb.isPresent() && (amount.from() - (start + len) <= 6 || reached)) {
                    String key = knowledge.synonyms().canonical(verb.get());
                    int from = Math.max(start + len, amount.from() - 2); // "rose to 85"
                    return Optional.of(count(s, amount, PersonNouns.CLASS, new Predicate(key, verb.get()), from,
                            amount.to()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "The number of affected consumers rose to 145.5 million", "the number of people evacuated reached 2,000": a
     * number standing for a count named earlier in the sentence, of a noun qualified by a participle (the verb that
     * makes the group: affected, evacuated). The same group as "145.5 million consumers affected". A noun without a
     * participle ("the number of passengers rose to 60") says no more than its verb of change, and stays unread.
     */
    private Optional<Draft> numberOf(Sentence s, Measured amount) {
        List<Token> t = s.tokens();
        int before = amount.from() - 1;
        if (before < 0 || !REACHED.contains(t.get(before).lower())) {
            return Optional.empty();
        }
        for (int n = before - 2; n >= Math.max(0, amount.from() - NUMBER_OF_REACH); n--) {
            if (!t.get(n).lower().equals("number") || !t.get(n + 1).lower().equals("of")) {
                continue;
            }
            int start = n + 2 < t.size() && t.get(n + 2).lower().equals("the") ? n + 3 : n + 2;
            // the word before "to"/"at" is the verb of change, whatever the tagger says ("rose" is also a flower)
            int limit = TO_AT.contains(t.get(before).lower()) ? before - 1 : before;
            int head = -1;
            for (int k = start; k < limit; k++) {
                Token token = t.get(k);
                if (token.is("NOUN")) {
                    head = k;
                } else if (head >= 0 || !(token.is("ADJ") || token.is("PROPN") || participle(t, k))) {
                    break;
                }
            }
            if (head < 0) {
                return Optional.empty();
            }
            int verbAt = -1;
            for (int k = start; k < head; k++) { // "affected consumers" (tagged a verb or an adjective)
                if ((t.get(k).isVerb() || t.get(k).is("ADJ")) && t.get(k).lower().endsWith("ed")) {
                    verbAt = k;
                }
            }
            if (verbAt < 0 && head + 1 < before && t.get(head + 1).isVerb() && t.get(head + 1).lower().endsWith("ed")) {
                verbAt = head + 1; // "people evacuated"
            }
            if (verbAt < 0) {
                return Optional.empty();
            }
            boolean person = knowledge.people().contains(t.get(head).text());
            String kind = person ? PersonNouns.CLASS : Words.singular(t.get(head).text());
            String key = knowledge.synonyms().canonical(t.get(verbAt).stem());
            return Optional.of(count(s, amount, kind, new Predicate(key, t.get(verbAt).text()), n, amount.to()));
        }
        return Optional.empty();
    }

    /** A number without a unit (approximations included), or "a"/"an" before a noun for people. */
    private Optional<Measured> amount(Sentence s, int i) {
        List<Token> t = s.tokens();
        Token token = t.get(i);
        if (token.is("DET") && (token.lower().equals("a") || token.lower().equals("an"))) {
            return Optional.of(new Measured(i, i + 1, 1, 1, null));
        }
        Optional<Measured> amount = amounts.read(s, i).filter(m -> m.unit() == null);
        if (amount.isEmpty()) {
            return amount;
        }
        int next = amount.get().to();
        if (next < t.size() && t.get(next).lower().equals("of")) {
            if (!t.get(next - 1).lower().endsWith("s")) {
                // "one of the vehicles", "one of two companies" pick from a group and count nothing; "21 of 200
                // girls" counts 21
                return amount.get().low() > 1 && wholeAfter(s, amount.get()).isPresent() ? amount : Optional.empty();
            }
            // "dozens of", "tens of thousands of": the "of" belongs to the amount
            Measured m = amount.get();
            return Optional.of(new Measured(m.from(), next + 1, m.low(), m.high(), null, m.about()));
        }
        return amount;
    }

    /**
     * Where the whole ends when a part is counted out of it: "21 of the more than 200 schoolgirls" (the whole is
     * "more than 200"), "20 of 71 laps".
     */
    private Optional<Integer> wholeAfter(Sentence s, Measured part) {
        List<Token> t = s.tokens();
        int k = part.to();
        if (k >= t.size() || !t.get(k).lower().equals("of")) {
            return Optional.empty();
        }
        k++;
        if (k < t.size() && t.get(k).lower().equals("the")) {
            k++;
        }
        for (int j = k; j < Math.min(t.size(), k + 3); j++) { // past "more than", "nearly"
            Optional<Measured> whole = amounts.read(s, j).filter(m -> m.unit() == null);
            if (whole.isPresent()) {
                return whole.get().from() <= k ? Optional.of(whole.get().to()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The head noun of the phrase starting at {@code start}: "tall man", "electric buses". */
    private static int head(List<Token> t, int start) {
        int head = -1;
        for (int k = start; k < Math.min(t.size(), start + MAX_MODIFIERS + 1); k++) {
            Token token = t.get(k);
            if (token.is("NOUN")) {
                head = k;
                if (k + 1 >= t.size() || !t.get(k + 1).is("NOUN")) {
                    return head;
                }
            } else if (!token.is("ADJ") && !token.is("PROPN") && !token.text().equals("-") && !participle(t, k)) {
                break;
            }
        }
        return head;
    }

    /** A participle that modifies the noun after it: "71 scheduled laps", "12 injured passengers". */
    private static boolean participle(List<Token> t, int k) {
        return t.get(k).isVerb() && t.get(k).lower().endsWith("ed") && k + 1 < t.size() && t.get(k + 1).is("NOUN");
    }

    /** ", apparently nurses," or ", a doctor," right after the head noun. */
    private Optional<Role> role(List<Token> t, int k) {
        if (k + 1 >= t.size() || !t.get(k).text().equals(",")) {
            return Optional.empty();
        }
        int m = k + 1;
        List<String> words = t.stream().map(Token::lower).toList();
        Optional<Cues.Cue> cue = knowledge.cues().at(words, m);
        if (cue.isPresent() && cue.get().modality().hedged()) {
            m += cue.get().words().size();
        }
        if (m < t.size() && t.get(m).is("DET")) {
            m++;
        }
        while (m < t.size() && t.get(m).is("ADJ")) {
            m++;
        }
        if (m >= t.size() || !t.get(m).is("NOUN") || knowledge.people().contains(t.get(m).text())) {
            return Optional.empty();
        }
        int after = m + 1;
        if (after < t.size() && !t.get(after).isPunctuation()) {
            return Optional.empty();
        }
        boolean comma = after < t.size() && t.get(after).text().equals(",");
        return Optional.of(new Role(m + 1, comma ? after + 1 : after, t.get(m)));
    }
}
