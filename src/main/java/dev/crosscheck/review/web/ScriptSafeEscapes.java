package dev.crosscheck.review.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes for JSON that goes inside an HTML {@code <script>} element: {@code <}, {@code >}, {@code &} and
 * {@code '} as \\u escapes (so no {@code </script>} or {@code <!--} can appear), and the line and paragraph
 * separators, which old JavaScript parsers took for line ends. The JSON means exactly the same.
 */
final class ScriptSafeEscapes extends CharacterEscapes {

    private static final SerializableString LINE = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");

    private final int[] escapes = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
        for (char c : new char[] {'<', '>', '&', '\''}) {
            escapes[c] = ESCAPE_STANDARD;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch == 0x2028 ? LINE : ch == 0x2029 ? PARAGRAPH : null;
    }
}
