package dev.crosscheck.knowledge;

import java.nio.file.Path;

/** A knowledge file that cannot be used, with the file and line that are wrong. */
public class KnowledgeException extends RuntimeException {

    private final Path file;
    private final int line;

    public KnowledgeException(Path file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
