package dev.crosscheck.group;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Ids of computed stories, derived from the sorted ids of their members: grouping the same articles
 * again gives the same id, whatever order they came in. A story that gains or loses an article gets a
 * new id, which is right: it is a different set of articles to check.
 */
final class StoryIds {

    private static final String PREFIX = "story-";
    private static final int HEX_DIGITS = 16;

    private StoryIds() {
    }

    static String of(List<String> memberIds) {
        String joined = String.join("\n", memberIds.stream().sorted().toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
