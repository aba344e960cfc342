package dev.crosscheck.extract;

import java.util.List;

/** Reads one kind of claim from a sentence; marks the tokens it used so that no later finder reuses them. */
interface ClaimFinder {

    List<Draft> find(SentenceFrame frame, boolean[] used);

    static boolean free(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    static void use(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }
}
