package dev.crosscheck.extract;

/** A named entity at tokens {@code [from, to)}: its canonical name and type ("unknown" when not in knowledge). */
record EntityMention(int from, int to, String name, String type) {
}
