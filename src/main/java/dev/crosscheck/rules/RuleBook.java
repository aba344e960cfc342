package dev.crosscheck.rules;

import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.knowledge.KnowledgeException;
import dev.crosscheck.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;

/**
 * A rules folder, compiled: the Drools rule base built from its {@code *.drl} / {@code *.dsl} /
 * {@code *.dslr} files, and the knowledge read from {@code knowledge/}. Compiling either succeeds
 * completely or throws with every problem found, so nothing runs half-way on broken rules. An unchanged
 * rule set can come from a cache of compiled rule bases ({@link #load}).
 */
public final class RuleBook {

    private final Path dir;
    private final KieBase kieBase;
    private final Knowledge knowledge;
    private final String fingerprint;
    private final List<RuleProblem> warnings;
    private final boolean fromCache;

    private RuleBook(Path dir, KieBase kieBase, Knowledge knowledge, String fingerprint, List<RuleProblem> warnings,
                     boolean fromCache) {
        this.dir = dir;
        this.kieBase = kieBase;
        this.knowledge = knowledge;
        this.fingerprint = fingerprint;
        this.warnings = List.copyOf(warnings);
        this.fromCache = fromCache;
    }

    /** Compiles the rules from source: every problem is reported with its file and line. */
    public static RuleBook compile(Path dir) {
        Knowledge knowledge = knowledge(dir);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        String fingerprint = RuleFiles.fingerprint(dir);
        ReleaseId release = ks.newReleaseId("dev.crosscheck.rules", "rules-" + fingerprint, "1.0.0");
        kfs.generateAndWritePomXML(release);
        for (Path file : RuleFiles.sources(dir)) {
            kfs.write("src/main/resources/" + dir.relativize(file).toString().replace('\\', '/'),
                    ks.getResources().newFileSystemResource(file.toFile()));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> errors = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        for (Message m : builder.getResults().getMessages()) {
            String file = m.getPath() == null ? dir.toString()
                    : dir.resolve(m.getPath().replaceFirst("^src/main/resources/", "")).toString();
            boolean error = m.getLevel() == Message.Level.ERROR;
            (error ? errors : warnings).add(new RuleProblem(file, Math.max(m.getLine(), 0), clean(m.getText()), error));
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        KieBase kieBase = ks.newKieContainer(release).getKieBase();
        return new RuleBook(dir, kieBase, knowledge, fingerprint, warnings, false);
    }

    /**
     * The rules of {@code dir}, from the cache in {@code cacheDir} when this exact rule set (and these
     * fact types) was compiled before; otherwise compiled from source, then cached for the next run.
     * A rule set the cache cannot hold still runs, with a warning saying so.
     */
    public static RuleBook load(Path dir, Path cacheDir) {
        Knowledge knowledge = knowledge(dir);
        String fingerprint = RuleFiles.fingerprint(dir);
        String key = fingerprint + "-" + FactTypes.fingerprint();
        RuleCache cache = new RuleCache(cacheDir);
        Optional<KieBase> cached = cache.read(key);
        if (cached.isPresent()) {
            return new RuleBook(dir, cached.get(), knowledge, fingerprint, List.of(), true);
        }
        RuleBook compiled = compile(dir);
        try {
            cache.write(key, RuleFiles.sources(dir), dir);
            return compiled;
        } catch (IOException | RuntimeException e) {
            List<RuleProblem> warnings = new ArrayList<>(compiled.warnings);
            warnings.add(new RuleProblem(dir.toString(), 0, "the compiled rules could not be cached, so the next "
                    + "run compiles them again: " + e.getMessage(), false));
            return new RuleBook(dir, compiled.kieBase, knowledge, fingerprint, warnings, false);
        }
    }

    private static Knowledge knowledge(Path dir) {
        try {
            return KnowledgeLoader.load(dir.resolve("knowledge"));
        } catch (KnowledgeException e) {
            throw new RuleCompilationException(List.of(
                    new RuleProblem(e.file().toString(), e.line(), e.getMessage().replaceFirst("^.*?:\\d+: ", ""), true)));
        }
    }

    /** Drools repeats position details on extra lines; the first line says what is wrong. */
    private static String clean(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("[Near") && !l.equals("^"))
                .reduce((a, b) -> a + " " + b).orElse(text);
    }

    public Path dir() {
        return dir;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public List<RuleProblem> warnings() {
        return warnings;
    }

    /** True when the rule base came from the cache rather than from compiling the sources. */
    public boolean fromCache() {
        return fromCache;
    }

    public int ruleCount() {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            p.getRules().forEach(r -> names.add(r.getName()));
        }
        return names.stream().sorted().toList();
    }
}
