package dev.crosscheck.facts;

/** Whether a conflict's evidence comes from several articles or from one. */
public enum Scope {
    CROSS_SOURCE,
    WITHIN_ARTICLE
}
