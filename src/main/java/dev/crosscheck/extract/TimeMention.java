package dev.crosscheck.extract;

import dev.crosscheck.facts.TimeFrame;

/** A time expression at tokens {@code [from, to)}, resolved to the days it means. */
record TimeMention(int from, int to, TimeFrame frame) {
}
