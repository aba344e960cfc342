package dev.crosscheck.knowledge;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain-text format every knowledge file shares: {@code #} starts a comment line, blank lines
 * are ignored, a line {@code [name]} opens a section, and every other line is an entry of that section.
 */
public final class KnowledgeFile {

    private KnowledgeFile() {
    }

    public static List<KnowledgeLine> read(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new KnowledgeException(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new KnowledgeException(file, 0, "cannot read: " + e.getMessage());
        }
        List<KnowledgeLine> lines = new ArrayList<>();
        String section = null;
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                if (text.length() < 3) {
                    throw new KnowledgeException(file, i + 1, "a section heading needs a name: [name]");
                }
                section = text.substring(1, text.length() - 1).strip();
                continue;
            }
            lines.add(new KnowledgeLine(file, i + 1, section, text));
        }
        return lines;
    }
}
