package dev.crosscheck.align;

/** Where two aligned sentences differ: tokens {@code [aFrom, aTo)} of one replaced by {@code [bFrom, bTo)} of the other. */
record Hunk(int aFrom, int aTo, int bFrom, int bTo) {

    int aSize() {
        return aTo - aFrom;
    }

    int bSize() {
        return bTo - bFrom;
    }
}
