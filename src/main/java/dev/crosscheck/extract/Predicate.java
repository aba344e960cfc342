package dev.crosscheck.extract;

/** The verb a claim hangs on ("walking behind"): a comparable key (stems, synonyms merged) and its text. */
record Predicate(String key, String text) {
}
