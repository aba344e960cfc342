package dev.crosscheck.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/**
 * An I/O failure in words that say both where and why. Java's file exceptions often carry only the path
 * ({@code AccessDeniedException: /srv/reports/2026-11-24}); the cause, "permission denied", is in the type.
 */
public final class FileErrors {

    /** What the exceptions that carry no reason of their own mean. */
    private static final Map<Class<? extends IOException>, String> CAUSES = Map.of(
            AccessDeniedException.class, "permission denied",
            NoSuchFileException.class, "no such file or folder",
            FileAlreadyExistsException.class, "already exists (a file where a folder is needed, or the other way round)",
            NotDirectoryException.class, "not a folder",
            DirectoryNotEmptyException.class, "folder not empty",
            FileSystemLoopException.class, "symbolic link loop",
            NotLinkException.class, "not a symbolic link");

    private FileErrors() {
    }

    /** "PATH: cause", or the exception's own message when it is not about a file. */
    public static String describe(IOException e) {
        if (!(e instanceof FileSystemException f)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String where = f.getFile() == null ? "" : f.getFile()
                + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": ";
        return where + cause(f);
    }

    /** Just the cause: "permission denied", "read-only file system", "no such file or folder"... */
    public static String cause(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return lowerFirst(f.getReason());
        }
        for (Map.Entry<Class<? extends IOException>, String> known : CAUSES.entrySet()) {
            if (known.getKey().isInstance(e)) {
                return known.getValue();
            }
        }
        if (e instanceof FileSystemException) {
            return "file system error (" + e.getClass().getSimpleName() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
