package dev.crosscheck.group;

import java.util.List;

/** A vector of term weights: only the non-zero weights are stored, by ascending term index. */
final class SparseVector {

    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] indices;
    private final double[] weights;

    /** Takes ownership of the arrays: {@code indices} ascending, {@code weights} of the same length. */
    SparseVector(int[] indices, double[] weights) {
        if (indices.length != weights.length) {
            throw new IllegalArgumentException(indices.length + " indices but " + weights.length + " weights");
        }
        this.indices = indices;
        this.weights = weights;
    }

    /** One past the highest index of any of the vectors: the length of a dense array that holds them. */
    static int dimension(List<SparseVector> vectors) {
        int dimension = 0;
        for (SparseVector v : vectors) {
            if (v.indices.length > 0) {
                dimension = Math.max(dimension, v.indices[v.indices.length - 1] + 1);
            }
        }
        return dimension;
    }

    /** Writes this vector's weights into a dense array of zeros (see {@link #clear}). */
    void spread(double[] dense) {
        for (int i = 0; i < indices.length; i++) {
            dense[indices[i]] = weights[i];
        }
    }

    /** Sets back to zero what {@link #spread} wrote, without touching the rest of the array. */
    void clear(double[] dense) {
        for (int index : indices) {
            dense[index] = 0;
        }
    }

    /** The dot product with a vector spread into a dense array: one lookup per weight, no merging. */
    double dot(double[] dense) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[i] * dense[indices[i]];
        }
        return sum;
    }
}
