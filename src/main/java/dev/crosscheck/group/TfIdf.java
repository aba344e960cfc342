package dev.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns term counts into unit-length TF-IDF vectors over one batch of articles: a term that few
 * articles share says more about which event they report than one that many share. Term frequency is
 * sublinear (1 + ln tf) so a long article does not drown a short one in its own repetitions; IDF is
 * smoothed so that a term shared by every article still counts a little (a feed of two articles on one
 * event must still match).
 */
final class TfIdf {

    private TfIdf() {
    }

    static List<SparseVector> vectors(List<Map<String, Double>> counts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Map<String, Double> bag : counts) {
            for (String term : bag.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        // Indices in term order, so vectors do not depend on the order articles came in.
        Map<String, Integer> index = new HashMap<>();
        for (String term : new TreeSet<>(documentFrequency.keySet())) {
            index.put(term, index.size());
        }
        int n = counts.size();
        List<SparseVector> vectors = new ArrayList<>(n);
        for (Map<String, Double> bag : counts) {
            TreeMap<Integer, Double> weights = new TreeMap<>();
            for (Map.Entry<String, Double> e : bag.entrySet()) {
                double tf = sublinear(e.getValue());
                double idf = 1 + Math.log((1.0 + n) / (1.0 + documentFrequency.get(e.getKey())));
                weights.put(index.get(e.getKey()), tf * idf);
            }
            vectors.add(unit(weights));
        }
        return vectors;
    }

    /** 1 + ln(count) from a count of 1 up; a fractional count (a lightly weighted title word) stays as it is. */
    private static double sublinear(double count) {
        return count <= 1 ? count : 1 + Math.log(count);
    }

    private static SparseVector unit(TreeMap<Integer, Double> weights) {
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        if (norm == 0) {
            return SparseVector.EMPTY;
        }
        int[] indices = new int[weights.size()];
        double[] values = new double[weights.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : weights.entrySet()) {
            indices[i] = e.getKey();
            values[i++] = e.getValue() / norm;
        }
        return new SparseVector(indices, values);
    }
}
