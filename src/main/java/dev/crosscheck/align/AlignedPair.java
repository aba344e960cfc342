package dev.crosscheck.align;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.extract.Extracted;

/** Sentence {@code a} of one article and sentence {@code b} of another that tell the same thing. */
record AlignedPair(Extracted left, Sentence a, Extracted right, Sentence b, double similarity) {
}
