package dev.crosscheck.rules;

import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.knowledge.KnowledgeException;
import dev.crosscheck.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * completely or throws with every problem found, so nothing runs half-way on broken rules.
 */
public final class RuleBook {

    private final Path dir;
    private final KieBase kieBase;
    private final Knowledge knowledge;
    private final String fingerprint;
    private final List<RuleProblem> warnings;

    private RuleBook(Path dir, KieBase kieBase, Knowledge knowledge, String fingerprint, List<RuleProblem> warnings) {
        this.dir = dir;
        this.kieBase = kieBase;
        this.knowledge = knowledge;
        this.fingerprint = fingerprint;
        this.warnings = List.copyOf(warnings);
    }

    public static RuleBook compile(Path dir) {
        String fingerprint = RuleFiles.fingerprint(dir);
        Knowledge knowledge;
        try {
            knowledge = KnowledgeLoader.load(dir.resolve("knowledge"));
        } catch (KnowledgeException e) {
            throw new RuleCompilationException(List.of(
                    new RuleProblem(e.file().toString(), e.line(), e.getMessage().replaceFirst("^.*?:\\d+: ", ""), true)));
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
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
        return new RuleBook(dir, kieBase, knowledge, fingerprint, warnings);
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
