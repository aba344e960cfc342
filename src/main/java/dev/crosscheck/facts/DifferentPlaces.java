package dev.crosscheck.facts;

/**
 * Knowledge about two places a story's claims name: {@code a} and {@code b} (place keys, as in a PLACE claim's
 * {@code value.key}) are different places, neither lying within the other (rules/knowledge/places.txt).
 */
public record DifferentPlaces(String a, String b) {

    /** True when these are the places the two claims name, in this order. */
    public boolean between(Assertion x, Assertion y) {
        return a.equals(x.value().key()) && b.equals(y.value().key());
    }
}
