package dev.crosscheck.align;

import dev.crosscheck.facts.Value;

/** A typed difference between two aligned sentences: which tokens on each side, and their values. */
record Slot(String kind, int aFrom, int aTo, int bFrom, int bTo, Value aValue, Value bValue, String relation) {
}
