package dev.crosscheck.group;

import java.util.HashMap;
import java.util.Map;

/**
 * The connected parts of a graph of articles (union-find): articles joined by a path of edges belong to
 * one part, named by its lowest index. Average linkage never merges two groups without an edge at or above
 * its threshold between them, so the parts of the graph of such edges can be clustered one by one, each
 * where its edges are.
 */
public final class Components {

    private final Map<Integer, Integer> parent = new HashMap<>();

    public void join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    /** The part's name: its lowest index; an index never joined is a part of its own. */
    public int of(int index) {
        return root(index);
    }

    private int root(int index) {
        int r = index;
        for (Integer up = parent.get(r); up != null; up = parent.get(r)) {
            r = up;
        }
        // path compression: the next look-up of these indices is one step
        for (int i = index; i != r; ) {
            int up = parent.get(i);
            parent.put(i, r);
            i = up;
        }
        return r;
    }
}
