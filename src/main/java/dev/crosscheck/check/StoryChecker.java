package dev.crosscheck.check;

import dev.crosscheck.align.Aligner;
import dev.crosscheck.align.NameResolver;
import dev.crosscheck.annotate.AnnotatedArticle;
import dev.crosscheck.annotate.Annotator;
import dev.crosscheck.annotate.Models;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.extract.Extractor;
import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.facts.Divergence;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.meaning.FrameMeaning;
import dev.crosscheck.meaning.FrameVectors;
import dev.crosscheck.rules.RuleBook;
import dev.crosscheck.rules.RuleEngine;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks one story: annotate and extract every article, align their sentences, give the claims that need it
 * the meaning of their frames, then run the rules over all the assertions and divergences.
 * The result depends only on the articles and the rule book, so stories can be checked in parallel
 * (each thread gets its own annotator, whose OpenNLP taggers are not thread-safe).
 */
public final class StoryChecker {

    private final ThreadLocal<Annotator> annotators;
    private final Extractor extractor;
    private final Aligner aligner;
    private final FrameMeaning meaning;
    private final RuleEngine engine;
    private final StageTimer timer;

    public StoryChecker(RuleBook book, Models models, StageTimer timer) {
        this(book, () -> models, timer);
    }

    /**
     * With models asked for only when an article is first annotated: a run whose articles all come from
     * a cache of {@link #read} results never loads them.
     */
    public StoryChecker(RuleBook book, Supplier<Models> models, StageTimer timer) {
        this.annotators = ThreadLocal.withInitial(() -> new Annotator(models.get(), book.knowledge().abbreviations()));
        this.extractor = new Extractor(book.knowledge());
        this.aligner = new Aligner(book.knowledge());
        this.meaning = new FrameMeaning(FrameVectors.shared());
        this.engine = new RuleEngine(book);
        this.timer = timer;
    }

    public StoryResult check(List<Article> articles) {
        return judge(articles.stream().map(this::read).toList());
    }

    /** Annotates and extracts one article: the per-article work, which a caller may cache. */
    public Extracted read(Article article) {
        return extract(annotate(article));
    }

    /** The first half of {@link #read}: sentences, tokens and tags. */
    public AnnotatedArticle annotate(Article article) {
        return timer.time("annotate", () -> annotators.get().annotate(article));
    }

    /** The second half of {@link #read}: the claims and mentions of an annotated article. */
    public Extracted extract(AnnotatedArticle annotated) {
        return timer.time("extract", () -> extractor.extract(annotated));
    }

    /** Aligns already extracted articles of one story and runs the rules over them. */
    public StoryResult judge(List<Extracted> extracted) {
        List<Assertion> named = NameResolver.resolve(extracted,
                extracted.stream().flatMap(e -> e.assertions().stream()).toList());
        List<Assertion> assertions = timer.time("meaning", () -> meaning.embed(named));
        List<Divergence> divergences = timer.time("align", () -> aligner.align(extracted));
        List<Conflict> conflicts = timer.time("rules", () -> engine.run(assertions, divergences));
        return new StoryResult(extracted, conflicts);
    }
}
