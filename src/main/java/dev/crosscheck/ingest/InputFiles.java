package dev.crosscheck.ingest;

import dev.crosscheck.io.FileErrors;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The article files a list of paths stands for: files as given, folders walked in name order (symbolic links
 * followed). Whatever cannot be read is skipped with its reason and the walk goes on beside it: a folder that
 * cannot be listed, a broken link, a link that loops back to a folder it is in, and anything that is neither
 * a file nor a folder (a named pipe, a device, a socket), which is never opened, so nothing waits on it.
 * In folders, names starting with a dot and the fixtures' {@code expected.json} are not articles and are left
 * out; a file of another kind is skipped with the kinds that are read.
 */
final class InputFiles {

    /** Opens a folder for listing: {@link Files#newDirectoryStream} but in tests, which inject a failure. */
    interface Lister {
        DirectoryStream<Path> open(Path dir) throws IOException;
    }

    /** A file to read, or a path skipped with its reason (exactly one of the two). */
    record Entry(Path file, Skipped skipped) {
    }

    private final Lister lister;
    private final List<String> extensions;

    InputFiles(Lister lister, List<String> extensions) {
        this.lister = lister;
        this.extensions = extensions;
    }

    List<Entry> list(List<Path> paths) {
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            visit(path, true, new HashSet<>(), entries);
        }
        return entries;
    }

    private void visit(Path path, boolean given, Set<Object> ancestors, List<Entry> out) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            out.add(skip(path, Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or folder"));
            return;
        } catch (IOException e) {
            out.add(skip(path, "cannot read: " + FileErrors.cause(e)));
            return;
        }
        if (attrs.isDirectory()) {
            walk(path, attrs, ancestors, out);
        } else if (!attrs.isRegularFile()) {
            out.add(skip(path, "not a file or folder but " + SpecialFiles.kind(path) + "; not opened"));
        } else if (given || extensions.contains(ArticleReader.extension(path))) {
            out.add(new Entry(path, null));
        } else {
            out.add(skip(path, "not an article file (read: .txt, .json, .jsonl, .html)"));
        }
    }

    private void walk(Path dir, BasicFileAttributes attrs, Set<Object> ancestors, List<Entry> out) {
        Object key = attrs.fileKey() != null ? attrs.fileKey() : dir.toAbsolutePath().normalize();
        if (!ancestors.add(key)) {
            out.add(skip(dir, "symbolic link loop: it leads back to a folder it is in; not followed"));
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = lister.open(dir)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            out.add(skip(dir, "cannot list folder: " + FileErrors.cause(e)));
        } catch (DirectoryIteratorException e) {
            out.add(skip(dir, "cannot list folder: " + FileErrors.cause(e.getCause())));
        }
        children.sort(null);
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (!name.startsWith(".") && !name.equals(ArticleReader.EXPECTATIONS_FILE)) {
                visit(child, false, ancestors, out);
            }
        }
        ancestors.remove(key);
    }

    private static Entry skip(Path path, String reason) {
        return new Entry(null, new Skipped(path.toString(), reason));
    }
}
