package dev.crosscheck.align;

import java.util.ArrayList;
import java.util.List;

/** The differences between two token sequences, from their longest common subsequence. */
final class TokenDiff {

    private TokenDiff() {
    }

    static List<Hunk> diff(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        int startA = 0;
        int startB = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                if (i > startA || j > startB) {
                    hunks.add(new Hunk(startA, i, startB, j));
                }
                i++;
                j++;
                startA = i;
                startB = j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        if (i > startA || j > startB) {
            hunks.add(new Hunk(startA, i, startB, j));
        }
        return hunks;
    }
}
