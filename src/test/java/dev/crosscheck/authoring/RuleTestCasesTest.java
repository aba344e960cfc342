package dev.crosscheck.authoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.rules.RuleIndex;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every case in rules/tests passes, and every rule is exercised by at least one case. */
class RuleTestCasesTest {

    @TestFactory
    Stream<DynamicTest> everyRuleTestCasePasses() {
        RuleTestFiles.Loaded tests = RuleTestFiles.load(TestPipeline.RULES);
        assertTrue(tests.problems().isEmpty(), tests.problems().toString());
        assertFalse(tests.cases().isEmpty(), "no rule test cases found");
        RuleTestRunner runner = new RuleTestRunner(
                new StoryChecker(TestPipeline.book(), TestPipeline.models(), new StageTimer()),
                new ArticleReader(TestPipeline.knowledge().boilerplate(), new LanguageIdentifier()));
        return tests.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            CaseResult result = runner.run(c);
            assertTrue(result.passed(), c.where() + " " + c.name() + ": missing " + result.missing()
                    + ", forbidden " + result.forbidden() + ", problems " + result.problems() + ", raised " + result.raised());
        }));
    }

    @Test
    void everyRuleIsExercisedAndEveryNamedRuleExists() {
        RuleIndex index = RuleIndex.of(TestPipeline.RULES);
        List<RuleTestCase> cases = RuleTestFiles.load(TestPipeline.RULES).cases();
        assertTrue(RuleLint.untested(index, cases).isEmpty(), RuleLint.untested(index, cases).toString());
        assertTrue(RuleLint.unknownRules(index, cases).isEmpty(), RuleLint.unknownRules(index, cases).toString());
        assertTrue(RuleLint.metadata(TestPipeline.book(), index).isEmpty());
    }
}
