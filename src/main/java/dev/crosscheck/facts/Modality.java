package dev.crosscheck.facts;

/**
 * How firmly a sentence puts an assertion, after FactBank: stated as fact, attributed to a source,
 * hedged as probable or possible, or denied.
 */
public enum Modality {
    ASSERTED,
    REPORTED,
    PROBABLE,
    POSSIBLE,
    NEGATED;

    /** True when the writer does not vouch for the claim ("presumably", "may"). */
    public boolean hedged() {
        return this == PROBABLE || this == POSSIBLE;
    }
}
