package dev.crosscheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

/**
 * Compiled rule bases kept on disk, keyed by the content of the rules folder and of the fact types.
 * Compiling rules from source costs seconds; a cached rule set is Drools' executable model (plain Java
 * classes generated from the rules) in a jar, which loads in a fraction of that. A cache entry that
 * cannot be read is deleted and rebuilt; nothing depends on the cache being there.
 */
final class RuleCache {

    private static final int KEEP = 5;

    private final Path dir;

    RuleCache(Path dir) {
        this.dir = dir;
    }

    /** The cached rule base for {@code key}, if there is a readable one. */
    Optional<KieBase> read(String key) {
        Path jar = jar(key);
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try {
            // The loader stays open: the rule base keeps loading generated classes from it.
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, RuleCache.class.getClassLoader());
            List<Model> models = new ArrayList<>();
            for (String name : modelClassNames(jar)) {
                models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
            }
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
            deleteQuietly(jar);
            return Optional.empty();
        }
    }

    /**
     * Compiles the rules in {@code rulesDir} to the executable model and stores the jar under {@code key}.
     * Throws when the executable model cannot be built; the caller still has its compiled rule base.
     */
    void write(String key, List<Path> sources, Path rulesDir) throws IOException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("dev.crosscheck.rules", "cached-" + key, "1.0.0");
        kfs.generateAndWritePomXML(release);
        KieModuleModel module = ks.newKieModuleModel();
        module.newKieBaseModel("rules").setDefault(true).addPackage("*");
        kfs.writeKModuleXML(module.toXML());
        for (Path file : sources) {
            kfs.write("src/main/resources/" + rulesDir.relativize(file).toString().replace('\\', '/'),
                    ks.getResources().newFileSystemResource(file.toFile()));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IOException("the executable rule model does not build: " + builder.getResults().getMessages());
        }
        byte[] bytes = ((InternalKieModule) builder.getKieModule()).getBytes();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".rules-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, jar(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(temp);
        }
        prune();
    }

    private Path jar(String key) {
        return dir.resolve("rules-" + key + ".jar");
    }

    /** Class names of the generated rule models, listed by Drools in META-INF/kie/.../drools-model. */
    private static List<String> modelClassNames(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith("/drools-model")).findFirst()
                    .orElseThrow(() -> new IOException("no drools-model listing in " + jar));
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version"))
                        .toList();
            }
        }
    }

    /** Keeps the few most recent entries: rule sets change while an author works on them. */
    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("rules-.*\\.jar"))
                    .sorted(Comparator.comparing(RuleCache::modified).reversed())
                    .toList();
            jars.stream().skip(KEEP).forEach(RuleCache::deleteQuietly);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stale cache file is harmless: it is never read under a new key
        }
    }
}
