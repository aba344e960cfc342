package dev.crosscheck.facts;

import java.time.LocalDate;

/**
 * Two sentences in different articles that tell the same thing (a wire story reposted and lightly
 * edited), differing in one slot. {@code kind} types the slot: NUMBER, DATE, NAME, NEGATION or NOUN; NAME_IN_PHRASE,
 * NUMBER_IN_PHRASE and DATE_IN_PHRASE of two reworded sentences that share a phrase; DENIAL of one act in two sentences;
 * ADDED_NAME and ADDED_NUMBER of a name or figure that a summary gives and the article it summarises does not.
 * {@code left} and {@code right} are the two sides (the article with the smaller id first; for an addition, the
 * summary first and the source's sentence it retells second, whole), as assertions
 * of kind SLOT quoting just the differing words;
 * {@code similarity} is how alike the two sentences are (0-1); {@code relation} names how two different
 * names are related ("predecessor"), or is null.
 */
public record Divergence(String id, String kind, double similarity, Assertion left, Assertion right, String relation) {

    /** True when the two sides can both be true (equal amounts, overlapping dates, the same name). */
    public boolean agrees() {
        return left.agreesWith(right);
    }

    /**
     * True when the slot is an evolving figure (a death toll) and the articles came out on different
     * days, or a place in an order that the later article puts further on ("for the second time this month" on
     * Monday, "the third time" on Thursday): the number moved, nobody contradicted anybody.
     */
    public boolean update() {
        return (moving() || orderMovedOn()) && !left.publishedSameDay(right);
    }

    private boolean orderMovedOn() {
        LocalDate a = left.at().published();
        LocalDate b = right.at().published();
        if (a == null || b == null || !Value.PLACE.equals(left.value().unit())
                || !Value.PLACE.equals(right.value().unit())) {
            return false;
        }
        Assertion later = a.isAfter(b) ? left : right;
        Assertion earlier = later == left ? right : left;
        return later.value().low() > earlier.value().high();
    }

    /** True when either side is a figure that moves as events unfold: a toll, a share price through the day. */
    public boolean moving() {
        return left.evolving() || right.evolving();
    }

    /**
     * True when each side dates its own article's day or the day before ("police said on Monday" in Monday's report,
     * "on Tuesday" in Tuesday's): two days of a running story, each true, not two dates of one event.
     */
    public boolean eachOfItsOwnDay() {
        return ownDay(left) && ownDay(right);
    }

    private static boolean ownDay(Assertion side) {
        LocalDate published = side.at().published();
        Value v = side.value();
        if (published == null || !v.numeric() || !"date".equals(v.unit())) {
            return false;
        }
        long day = published.toEpochDay();
        return v.low() >= day - 1 && v.high() <= day;
    }

    /**
     * Days between the two articles' publication (0 when either date is unknown). A sentence reprinted weeks later
     * with another name or figure is mostly a template told again of a new event (this month's storm), not one
     * event told two ways: the rules compare copies only within a month.
     */
    public long daysApart() {
        java.time.LocalDate a = left.at().published();
        java.time.LocalDate b = right.at().published();
        return a == null || b == null ? 0 : Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a, b));
    }
}
