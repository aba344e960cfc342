package dev.crosscheck.text;

/** Whether two spellings are variants of one name: small misspellings, or one a part of the other. */
public final class Spelling {

    private Spelling() {
    }

    /**
     * True for "tchaikovsky" / "tchaikowsky" (one edit), "stephen paddock" / "paddock" (a part of the full name),
     * given keys from {@link Words#nameKey}.
     */
    public static boolean variants(String a, String b) {
        if (a.equals(b) || a.replace(" ", "").equals(b.replace(" ", ""))) {
            return true; // "u s" / "us"
        }
        if (containsWords(a, b) || containsWords(b, a)) {
            return true;
        }
        return typo(a, b) || wordsWithin(a, b) || wordsWithin(b, a) || initialled(a, b);
    }

    /**
     * "n korea" / "north korea", "george w bush" / "george walker bush": word for word the same, but where one
     * has an initial, and at least one word written out in both.
     */
    static boolean initialled(String a, String b) {
        String[] as = a.split(" ");
        String[] bs = b.split(" ");
        if (as.length != bs.length) {
            return false;
        }
        boolean wordShared = false;
        for (int i = 0; i < as.length; i++) {
            if (as[i].equals(bs[i])) {
                wordShared |= as[i].length() > 1;
            } else if (!initialOf(as[i], bs[i]) && !initialOf(bs[i], as[i])) {
                return false;
            }
        }
        return wordShared;
    }

    private static boolean initialOf(String initial, String word) {
        return initial.length() == 1 && word.length() > 1 && word.charAt(0) == initial.charAt(0);
    }

    /** Every word of {@code part} is a word of {@code whole}, allowing a typo in each ("mohamed morsi"). */
    private static boolean wordsWithin(String part, String whole) {
        String[] wholeWords = whole.split(" ");
        for (String word : part.split(" ")) {
            boolean found = false;
            for (String w : wholeWords) {
                if (w.equals(word) || typo(w, word)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** True when two keys differ by a small misspelling: one edit from 5 letters on, two from 10. */
    public static boolean typo(String a, String b) {
        String[] as = a.split(" ");
        String[] bs = b.split(" ");
        if (as.length > 1 && as.length == bs.length) {
            // word by word: "north korea" / "south korea" are two edits apart but differ in a whole word
            for (int i = 0; i < as.length; i++) {
                if (!as[i].equals(bs[i]) && !typo(as[i], bs[i])) {
                    return false;
                }
            }
            return true;
        }
        int longer = Math.max(a.length(), b.length());
        int allowed = longer >= 10 ? 2 : longer >= 5 ? 1 : 0;
        return allowed > 0 && distance(a, b, allowed) <= allowed;
    }

    private static boolean containsWords(String whole, String part) {
        return !part.isEmpty() && (" " + whole + " ").contains(" " + part + " ");
    }

    /**
     * Damerau-Levenshtein (optimal string alignment) distance: letters missing, added or changed, and neighbours
     * swapped; gives up above {@code limit}.
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
