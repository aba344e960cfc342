package dev.crosscheck.authoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crosscheck.rules.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the rule test cases under {@code rules/tests/}: YAML files, each a list of cases. Every problem
 * is reported with its file and line; the cases that read fine are kept.
 */
public final class RuleTestFiles {

    /** The cases read, and the problems found in files or cases that could not be read. */
    public record Loaded(List<RuleTestCase> cases, List<RuleProblem> problems) {
    }

    private record ArticleYaml(@JsonProperty("outlet") String outlet, @JsonProperty("published") LocalDate published,
                               @JsonProperty("title") String title, @JsonProperty("text") String text,
                               @JsonProperty("summary_of") Integer summaryOf) {
    }

    private record FlagYaml(@JsonProperty("rule") String rule, @JsonProperty("values") List<String> values) {
    }

    private record CaseYaml(@JsonProperty("case") String name, @JsonProperty("articles") List<ArticleYaml> articles,
                            @JsonProperty("expect") List<FlagYaml> expect, @JsonProperty("forbid") List<FlagYaml> forbid) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RuleTestFiles() {
    }

    public static Loaded load(Path rulesDir) {
        Path dir = rulesDir.resolve("tests");
        List<RuleTestCase> cases = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Loaded(cases, problems);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList()) {
                read(file, cases, problems);
            }
        } catch (IOException e) {
            problems.add(new RuleProblem(dir.toString(), 0, "cannot list the test folder: " + e.getMessage(), true));
        }
        return new Loaded(cases, problems);
    }

    private static void read(Path file, List<RuleTestCase> cases, List<RuleProblem> problems) {
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.add(new RuleProblem(file.toString(), line(parser.currentLocation()),
                        "a test file is a list of cases, each starting with '- case: <name>'", true));
                return;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = line(parser.currentLocation());
                CaseYaml raw;
                try {
                    raw = YAML.readValue(parser, CaseYaml.class);
                } catch (JsonProcessingException e) {
                    problems.add(new RuleProblem(file.toString(), line(e.getLocation()), e.getOriginalMessage(), true));
                    return;
                }
                validate(file, line, raw, problems).ifPresent(cases::add);
            }
        } catch (JsonProcessingException e) {
            problems.add(new RuleProblem(file.toString(), line(e.getLocation()), "not valid YAML: " + e.getOriginalMessage(), true));
        } catch (IOException e) {
            problems.add(new RuleProblem(file.toString(), 0, "cannot read: " + e.getMessage(), true));
        }
    }

    private static java.util.Optional<RuleTestCase> validate(Path file, int line, CaseYaml raw, List<RuleProblem> problems) {
        List<String> wrong = new ArrayList<>();
        if (raw.name() == null || raw.name().isBlank()) {
            wrong.add("a case needs a name: 'case: <what it shows>'");
        }
        if (raw.articles() == null || raw.articles().isEmpty()) {
            wrong.add("a case needs at least one article under 'articles:'");
        } else {
            for (int i = 0; i < raw.articles().size(); i++) {
                ArticleYaml a = raw.articles().get(i);
                if (a.text() == null || a.text().isBlank() || a.published() == null) {
                    wrong.add("every article needs 'published: YYYY-MM-DD' and 'text:'");
                    break;
                }
                Integer of = a.summaryOf();
                if (of != null && (of < 1 || of > raw.articles().size() || of == i + 1)) {
                    wrong.add("article " + (i + 1) + " has 'summary_of: " + of + "': give the number of another"
                            + " article of the case, from 1 to " + raw.articles().size());
                }
            }
        }
        if ((raw.expect() == null || raw.expect().isEmpty()) && (raw.forbid() == null || raw.forbid().isEmpty())) {
            wrong.add("a case needs flags under 'expect:' or 'forbid:'");
        }
        for (List<FlagYaml> flags : java.util.Arrays.asList(raw.expect(), raw.forbid())) {
            if (flags != null && flags.stream().anyMatch(f -> f.rule() == null || f.rule().isBlank())) {
                wrong.add("every flag names its rule: '- rule: <rule name>'");
            }
        }
        if (!wrong.isEmpty()) {
            wrong.forEach(w -> problems.add(new RuleProblem(file.toString(), line,
                    (raw.name() == null ? "" : "case '" + raw.name() + "': ") + w, true)));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RuleTestCase(file.toString(), line, raw.name(),
                raw.articles().stream().map(a -> new RuleTestCase.Article(a.outlet(), a.published(), a.title(), a.text(),
                                a.summaryOf()))
                        .toList(),
                flags(raw.expect()), flags(raw.forbid())));
    }

    private static List<RuleTestCase.Flag> flags(List<FlagYaml> raw) {
        return raw == null ? List.of() : raw.stream()
                .map(f -> new RuleTestCase.Flag(f.rule().strip(), f.values() == null ? List.of() : List.copyOf(f.values())))
                .toList();
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }
}
