package dev.crosscheck.group;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;

/**
 * A unit-length vector of term weights, each term stored as a 64-bit hash of its text, in ascending
 * order. Hashes rather than indices into a vocabulary: a vector can be made anywhere (on any machine of a
 * cluster) without a shared index, and a dot product is a merge of two sorted arrays, summed in term
 * order, so it gives the same bits wherever it is computed.
 */
public final class TermVector implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final TermVector EMPTY = new TermVector(new long[0], new double[0]);

    private final long[] terms;
    private final double[] weights;

    private TermVector(long[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** The weights scaled to unit length; empty when they are all zero. */
    static TermVector unit(Map<String, Double> weights) {
        // two terms with one hash (about one chance in 10^7 in a feed of a million words) add up: a tiny, stable error
        TreeMap<Long, Double> byHash = new TreeMap<>();
        weights.forEach((term, weight) -> byHash.merge(hash(term), weight, Double::sum));
        long[] terms = new long[byHash.size()];
        double[] values = new double[byHash.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<Long, Double> e : byHash.entrySet()) {
            terms[i] = e.getKey();
            values[i] = e.getValue();
            norm += values[i] * values[i];
            i++;
        }
        if (norm == 0) {
            return EMPTY;
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < values.length; k++) {
            values[k] /= norm;
        }
        return new TermVector(terms, values);
    }

    /** The cosine with another unit vector: the products of shared terms, summed in term order. */
    double dot(TermVector other) {
        return overShared(other, (x, y) -> x * y);
    }

    /**
     * How much of their weight two unit vectors put on the same terms, from 0 to 1: the sum over shared terms
     * of the smaller squared weight (each vector's squared weights add up to 1).
     */
    double overlap(TermVector other) {
        return overShared(other, (x, y) -> Math.min(x * x, y * y));
    }

    /** {@code f} of the two weights of each shared term, summed in term order (a merge of the sorted hashes). */
    private double overShared(TermVector other, DoubleBinaryOperator f) {
        long[] a = terms;
        long[] b = other.terms;
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                sum += f.applyAsDouble(weights[i++], other.weights[j++]);
            }
        }
        return sum;
    }

    /** FNV-1a over the term's UTF-8 bytes: the same 64 bits on every machine. */
    static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
