package dev.crosscheck.group;

import java.io.Serializable;

/**
 * How alike two articles are, by their indices in the feed's canonical order ({@code a < b}). {@code story}
 * is the story the feed gave both, or null when the feed gave neither (only such pairs are ever compared).
 */
public record Edge(int a, int b, double similarity, String story) implements Serializable {

    public Edge {
        if (a >= b) {
            throw new IllegalArgumentException("an edge runs from the lower index to the higher: " + a + ", " + b);
        }
    }
}
