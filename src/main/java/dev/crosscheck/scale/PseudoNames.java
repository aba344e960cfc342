package dev.crosscheck.scale;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Made-up names that read like names ("Velkora", "Drumastin"), never the same twice, shaped like the
 * name they replace: about as long, capitalised the same way (an acronym gets capital letters).
 */
final class PseudoNames {

    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
            "z", "br", "dr", "gr", "kr", "st", "tr", "sh", "ch", "th", "pl", "vr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "io", "ou"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "nd", "rt", "sk", "x"};

    private final Set<String> used = new HashSet<>();

    /** A new name like {@code like}: never one given before by this instance. */
    String next(String like, Random random) {
        boolean acronym = like.length() > 1 && like.equals(like.toUpperCase(Locale.ROOT));
        for (int attempt = 0; ; attempt++) {
            int extra = attempt / 20; // crowded lengths grow
            String name = acronym ? letters(Math.max(3, like.length()) + extra, random)
                    : word(Math.max(4, like.length()) + extra, random);
            if (used.add(name)) {
                return name;
            }
        }
    }

    private static String letters(int length, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('A' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static String word(int length, Random random) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(pick(ONSETS, random)).append(pick(VOWELS, random));
        }
        b.append(pick(CODAS, random));
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
