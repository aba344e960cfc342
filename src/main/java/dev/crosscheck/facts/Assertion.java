package dev.crosscheck.facts;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One claim an article makes, as the rules see it: {@code subject} has {@code attribute} = {@code value}
 * during {@code time}, said with {@code modality}, read at {@code at}.
 *
 * <p>{@code subject} is a normalised key (two articles about the same group or thing give the same key);
 * {@code context} holds the stems of the sentence's content words, so that rules can ask whether two
 * claims come from sentences about the same scene. {@code restates} names the assertion this one
 * repeats in other units ("1,000 kilometres (620 miles)"), or is null.
 *
 * @param kind      COUNT, ROLE, QUANTITY, DESIGNATION, DATE, or SLOT (one side of a {@link Divergence})
 * @param cue       the hedge, attribution or negation words that set the modality, or null
 * @param source    who the claim is attributed to ("the police"), or null
 * @param predicate what the claim hangs on, as a stem key: the verb of a count or date ("kill", "walk
 *                  behind"), the noun an amount measures ("truck" in "a 19-ton truck"), or null
 * @param evolving  true for figures that move as an event unfolds (a death toll): a change between
 *                  reports published on different days is an update, not a contradiction
 * @param mainEvent true unless the sentence names a time outside the article's main event (a past attack
 *                  recalled in a background paragraph): only main-event claims of a story are one event
 * @param frame     what the claim says with its value masked, so that the same fact told in other words
 *                  meets ({@link Frame}); {@link Frame#NONE} for claims that are not compared by meaning
 */
public record Assertion(
        String id,
        String kind,
        String subject,
        String attribute,
        Value value,
        TimeFrame time,
        Modality modality,
        String cue,
        String source,
        Set<String> context,
        String restates,
        String predicate,
        boolean evolving,
        boolean mainEvent,
        Frame frame,
        Provenance at) {

    private static final Pattern PLACEHOLDER_SUBJECT = Pattern.compile("sentence \\d+|the same sentence");

    public Assertion {
        frame = frame == null ? Frame.NONE : frame;
    }

    public String article() {
        return at.article();
    }

    public String outlet() {
        return at.source();
    }

    public String quote() {
        return at.quote();
    }

    public int sentenceIndex() {
        return at.sentenceIndex();
    }

    /** True when the claim stands inside a quotation of its sentence: its speaker's words, not the article's. */
    public boolean inQuotation() {
        return at.inQuotation();
    }

    public boolean hedged() {
        return modality.hedged();
    }

    /** True when both claims come from articles published on the same day (or both undated). */
    public boolean publishedSameDay(Assertion other) {
        return java.util.Objects.equals(at.published(), other.at.published());
    }

    /**
     * Orders claims by when they were reported: publication date (undated last), then article, then
     * position. A strict total order, so "the earliest" and "the latest" report are always one claim each.
     */
    public boolean reportedBefore(Assertion other) {
        int byDate = compareDates(at.published(), other.at.published());
        if (byDate != 0) {
            return byDate < 0;
        }
        int byArticle = article().compareTo(other.article());
        return byArticle != 0 ? byArticle < 0 : precedes(other);
    }

    public boolean reportedAfter(Assertion other) {
        return other.reportedBefore(this);
    }

    private static int compareDates(java.time.LocalDate a, java.time.LocalDate b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    /**
     * True when both give about the same figure (within 10%), taking a bound for what it bounds and a
     * range for its middle: "up to 32" and "30" are the same figure; "more than 50" and "59" are not. Two
     * exact figures are the same only when equal: a toll that went from 77 to 84 moved.
     */
    public boolean sameFigure(Assertion other) {
        if (!value.numeric() || !other.value.numeric()) {
            return sameValue(other);
        }
        if (value.low() == value.high() && other.value.low() == other.value.high()) {
            return value.unit().equals(other.value.unit()) && value.low() == other.value.low();
        }
        double a = value.figure();
        double b = other.value.figure();
        return value.unit().equals(other.value.unit()) && Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** True when both state the very same figure or category, as written after normalisation. */
    public boolean sameValue(Assertion other) {
        return value.key().equals(other.value.key());
    }

    /** True when both claims can be true together (equal keys, or overlapping amounts). */
    /** True when this claim gives the other's figure, not only one consistent with it: see {@link Value#givesFigureOf}. */
    public boolean givesFigureOf(Assertion other) {
        return value.givesFigureOf(other.value);
    }

    public boolean agreesWith(Assertion other) {
        return value.agreesWith(other.value);
    }

    /** True when one value is the other converted with a rounded factor: see {@link Value#convertsTo}. */
    public boolean convertsTo(Assertion other) {
        return value.convertsTo(other.value);
    }

    /** True when the two values can be compared at all (amounts in the same unit, or two categories). */
    public boolean comparableWith(Assertion other) {
        return value.comparableWith(other.value);
    }

    /** True when both claims are about overlapping time frames, so they describe the same moment. */
    public boolean sameTime(Assertion other) {
        return time != null && other.time != null && time.overlaps(other.time);
    }

    /** True when both claims name their time in their own sentence. */
    public boolean explicitTimes(Assertion other) {
        return time != null && other.time != null && time.explicit() && other.time.explicit();
    }

    /** True when both sentences read the same, word for word: one is a copy of the other. */
    public boolean sameWording(Assertion other) {
        return at.sentence().replaceAll("\\W+", " ").strip().equalsIgnoreCase(
                other.at.sentence().replaceAll("\\W+", " ").strip());
    }

    public boolean sameSentence(Assertion other) {
        return article().equals(other.article()) && sentenceIndex() == other.sentenceIndex();
    }

    /** Orders two claims of one article by position, so that a rule matches each pair once. */
    public boolean precedes(Assertion other) {
        return at.start() < other.at.start()
                || (at.start() == other.at.start() && id.compareTo(other.id) < 0);
    }

    /** The mirror of {@link #precedes}: lets a rule write {@code follows($a)} inside a pattern. */
    public boolean follows(Assertion other) {
        return other.precedes(this);
    }

    /** True when one of the two restates the other in other units. */
    public boolean restates(Assertion other) {
        return other.id.equals(restates) || id.equals(other.restates);
    }

    /**
     * True for a figure given as an order of magnitude: "thousands", "tens of thousands", "dozens", "scores"
     * (its upper end at least two and a half times its lower). Two such figures say how big, not how many.
     */
    public boolean vague() {
        return value.numeric() && value.low() > 0 && !Double.isInfinite(value.high())
                && value.high() >= 2.5 * value.low();
    }

    /** True for a count made by an article: "a man", "an injured woman" (one of a group, not its number). */
    public boolean countedByArticle() {
        String text = value.text().toLowerCase(java.util.Locale.ROOT);
        return "COUNT".equals(kind) && (text.equals("a") || text.equals("an"));
    }

    /**
     * True when the subject only says where the claim was read ("sentence 4", "the same sentence"): a slot of an
     * aligned sentence pair, not a thing the article names.
     */
    public boolean placeholderSubject() {
        return subject != null && PLACEHOLDER_SUBJECT.matcher(subject).matches();
    }

    /** The same kind of thing counted or measured ("person", "truck"), as the frames name it. */
    public boolean sameThing(Assertion other) {
        return frame.sameThing(other.frame);
    }

    /**
     * True when both frames say what they are about and share none of it: "earnings of $130 million" and "sales of
     * $1.8 billion" in sentences much alike measure two things.
     */
    public boolean otherThings(Assertion other) {
        return !frame.things().isEmpty() && !other.frame.things().isEmpty() && !sameThing(other);
    }

    /** How many things the two frames share: the named participants two reports of an event both name. */
    public int sharedThings(Assertion other) {
        return (int) frame.things().stream().filter(other.frame.things()::contains).count();
    }

    /**
     * How surely the two claims say the same thing in other words, from 0 to 1: knowledge first
     * (rules/knowledge/frames.txt, groups such as the dead and the injured), else the cosine of the frames'
     * embeddings. A pure function of the two facts: the vectors were computed before the rules ran.
     */
    public double frameSimilarity(Assertion other) {
        return frame.similarity(other.frame);
    }

    /** True when the two claims say the same thing, in the same or other words, at least this surely. */
    public boolean sameFrame(Assertion other, double atLeast) {
        return frameSimilarity(other) >= atLeast;
    }

    /** Jaccard overlap of the two sentences' content stems, from 0 (nothing shared) to 1. */
    public double contextOverlap(Assertion other) {
        if (context.isEmpty() && other.context.isEmpty()) {
            return 0;
        }
        long shared = context.stream().filter(other.context::contains).count();
        return (double) shared / (context.size() + other.context.size() - shared);
    }
}
