package dev.crosscheck.facts;

import java.util.List;

/**
 * A further rule that fired on exactly the same sentences as a conflict, folded into it: its rule, what
 * it says, and the values its evidence gave (they may differ from the conflict's: a role beside a count).
 */
public record Finding(String rule, String category, String attribute, String explanation, List<String> values) {

    public Finding {
        values = List.copyOf(values);
    }
}
