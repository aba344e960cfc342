package dev.crosscheck.text;

/**
 * Characters that change how text looks without being seen: bidirectional controls (a right-to-left override
 * makes "moc.elgoog" read as "google.com"), zero-width spaces and marks, and control characters other than
 * tab and line breaks. Taken out of article text and metadata on the way in, and out of what the review app
 * shows, so no title, outlet or link can pretend to be something else.
 */
public final class Invisibles {

    private Invisibles() {
    }

    public static boolean isInvisible(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7f && c <= 0x9f)
                || c == 0x061c || c == 0x180e
                || c == 0x200b || c == 0x200e || c == 0x200f
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2060 && c <= 0x2064)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0xfeff;
    }

    /** The text without those characters; null stays null. */
    public static String strip(String text) {
        if (text == null || text.codePoints().noneMatch(Invisibles::isInvisible)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
