package dev.crosscheck.align;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.extract.Mention;
import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Divergence;
import dev.crosscheck.facts.Frame;
import dev.crosscheck.facts.Modality;
import dev.crosscheck.facts.Provenance;
import dev.crosscheck.facts.Value;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds wire copy told differently: sentences of two articles that tell the same thing, and the slots
 * where they differ. Each slot becomes a {@link Divergence} whose sides quote just the differing words. Sentences
 * that share a phrase rather than most of their words give only a name, number or date swapped inside that phrase
 * ({@link #swappedInPhrase}: kinds {@value #NAME_IN_PHRASE}, {@value #NUMBER_IN_PHRASE}, {@value #DATE_IN_PHRASE}).
 * Also one act affirmed in one article and denied in another in other words ({@link DenialMatcher}, kind
 * {@value #DENIAL}). And what a summary adds to the article it retells
 * ({@link SummaryChecker}: kinds {@value #ADDED_NAME}, {@value #ADDED_NUMBER}, {@value #ADDED_NEGATION}).
 * A pure function of the extracted articles.
 */
public final class Aligner {

    /** The kind of divergence for one act affirmed in one article and denied in another, in other words. */
    public static final String DENIAL = "DENIAL";
    /** The kind of divergence for a name swapped inside a phrase two otherwise reworded sentences share. */
    public static final String NAME_IN_PHRASE = "NAME_IN_PHRASE";
    /** The kind of divergence for a number changed inside a phrase two otherwise reworded sentences share. */
    public static final String NUMBER_IN_PHRASE = "NUMBER_IN_PHRASE";
    /** The kind of divergence for a date changed inside a phrase two otherwise reworded sentences share. */
    public static final String DATE_IN_PHRASE = "DATE_IN_PHRASE";

    /** The kind of divergence for a name a summary gives that its source never names. */
    public static final String ADDED_NAME = "ADDED_NAME";
    /** The kind of divergence for a figure a summary gives that its source never gives. */
    public static final String ADDED_NUMBER = "ADDED_NUMBER";
    /** The kind of divergence for a negation of a summary where its source's sentences like it deny nothing. */
    public static final String ADDED_NEGATION = "ADDED_NEGATION";

    /** The slots a shared phrase compares, and the kind each becomes there. */
    private static final Map<String, String> IN_PHRASE = Map.of("NAME", NAME_IN_PHRASE, "NUMBER", NUMBER_IN_PHRASE,
            "DATE", DATE_IN_PHRASE);
    /** Tags of words that carry meaning, one of which a shared phrase needs on each side of a swapped value. */
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM");
    /** Shared tokens a value swapped inside a shared phrase needs on each side. */
    private static final int PHRASE_CONTEXT = 2;

    private final SlotTyper typer;
    private final DenialMatcher denials;
    private final SummaryChecker summaries;

    public Aligner(Knowledge knowledge) {
        this.typer = new SlotTyper(knowledge);
        this.summaries = new SummaryChecker(knowledge.abbreviations());
        this.denials = new DenialMatcher(knowledge.cues(), knowledge.synonyms());
    }

    public List<Divergence> align(List<Extracted> articles) {
        List<Extracted> sorted = articles.stream()
                .sorted(Comparator.comparing(e -> e.document().article().id())).toList();
        StoryNames names = StoryNames.of(sorted);
        List<List<Set<String>>> words = sorted.stream().map(SentenceMatcher::contentWords).toList();
        List<Divergence> divergences = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                for (AlignedPair pair : SentenceMatcher.match(sorted.get(i), words.get(i), sorted.get(j), words.get(j),
                        SentenceMatcher.PHRASE_SIMILARITY)) {
                    divergences.addAll(pair.similarity() >= SentenceMatcher.MIN_SIMILARITY
                            ? divergences(pair, names) : swappedInPhrase(pair, names));
                }
            }
        }
        DenialMatcher.SameSentence copies = (i, a, j, b) ->
                SentenceMatcher.dice(words.get(i).get(a.index()), words.get(j).get(b.index()))
                        >= SentenceMatcher.MIN_SIMILARITY;
        for (DenialMatcher.Denial d : denials.find(sorted, copies)) {
            divergences.add(denial(sorted, d));
        }
        summaries.find(sorted).forEach(added -> divergences.add(addition(added)));
        return divergences;
    }

    /** The same act affirmed in one article and denied in the other: the two sides in the articles' order. */
    private static Divergence denial(List<Extracted> sorted, DenialMatcher.Denial d) {
        Assertion denied = side(sorted.get(d.negatedArticle()), d.negated(), d.negationFrom(), d.negatedVerb() + 1,
                DENIAL, SlotTyper.polarity(true));
        Assertion told = side(sorted.get(d.affirmedArticle()), d.affirmed(), d.affirmedVerb(), d.affirmedVerb() + 1,
                DENIAL, SlotTyper.polarity(false));
        boolean deniedFirst = d.negatedArticle() < d.affirmedArticle();
        Assertion left = deniedFirst ? denied : told;
        Assertion right = deniedFirst ? told : denied;
        return new Divergence(left.id() + "~" + right.id(), DENIAL, d.overlap(), left, right, null);
    }


    /** What a summary adds, on the left; on the right the source's sentence it retells, whole. */
    private static Divergence addition(SummaryChecker.Addition added) {
        Mention m = added.mention();
        String kind = switch (m.kind()) {
            case NAME -> ADDED_NAME;
            case NUMBER -> ADDED_NUMBER;
            default -> ADDED_NEGATION;
        };
        Value told = kind.equals(ADDED_NEGATION) ? SlotTyper.polarity(true) : m.value();
        Value absent = switch (kind) {
            case ADDED_NAME -> Value.category("not named", "absent");
            case ADDED_NUMBER -> Value.category("not given", "absent");
            default -> SlotTyper.polarity(false);
        };
        Assertion summary = side(added.summary(), added.sentence(), m.from(), m.to(), kind, told);
        Assertion source = side(added.source(), added.retold(), 0, added.retold().tokens().size(), kind, absent);
        return new Divergence(summary.id() + "~" + source.id(), kind, 1, summary, source, null);
    }

    private List<Divergence> divergences(AlignedPair pair, StoryNames names) {
        List<Divergence> found = new ArrayList<>();
        for (Hunk hunk : TokenDiff.diff(keys(pair.a()), keys(pair.b()))) {
            typer.type(pair, hunk, names).filter(slot -> !otherMeasures(pair, slot))
                    .ifPresent(slot -> found.add(divergence(pair, slot)));
        }
        return found;
    }

    /**
     * True when the two numbers of a slot give different measures: "300 metres tall" and "60 metres wide" are a
     * height and a width, in sentences that changed more than their number.
     */
    private static boolean otherMeasures(AlignedPair pair, Slot slot) {
        if (!slot.kind().equals("NUMBER")) {
            return false;
        }
        Optional<Assertion> a = claimAt(pair.left(), pair.a(), slot.aFrom(), slot.aTo());
        Optional<Assertion> b = claimAt(pair.right(), pair.b(), slot.bFrom(), slot.bTo());
        return a.isPresent() && b.isPresent() && !a.get().attribute().equals(b.get().attribute());
    }

    /** The claim extracted over tokens from..to of a sentence, if there is one. */
    private static Optional<Assertion> claimAt(Extracted e, Sentence s, int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        int start = s.tokens().get(from).start();
        int end = s.tokens().get(Math.min(to, s.tokens().size()) - 1).end();
        return e.assertions().stream()
                .filter(a -> a.sentenceIndex() == s.index() && a.at().start() < end && start < a.at().end())
                .findFirst();
    }

    /**
     * Two sentences that share a phrase, not the whole sentence ("to acquire 11 stores for Peacock Automotive Group
     * in Hilton Head" / "They agreed to acquire 11 stores for Green Automotive Group"): only a name, a number or a
     * date replaced inside the phrase, with the same words on both sides of it, by one that the other article never
     * gives, is a difference; anything else in sentences this far apart is rewording.
     */
    private List<Divergence> swappedInPhrase(AlignedPair pair, StoryNames names) {
        List<String> a = keys(pair.a());
        List<String> b = keys(pair.b());
        List<Hunk> hunks = TokenDiff.diff(a, b);
        List<Token> tokens = pair.a().tokens();
        List<Divergence> found = new ArrayList<>();
        for (int k = 0; k < hunks.size(); k++) {
            Hunk h = hunks.get(k);
            int before = k == 0 ? h.aFrom() : h.aFrom() - hunks.get(k - 1).aTo();
            int after = (k + 1 < hunks.size() ? hunks.get(k + 1).aFrom() : a.size()) - h.aTo();
            if (!wordsAround(tokens, h.aFrom() - before, h.aFrom()) || !wordsAround(tokens, h.aTo(), h.aTo() + after)) {
                continue;
            }
            typer.type(pair, h, names)
                    .filter(slot -> IN_PHRASE.containsKey(slot.kind()))
                    .filter(slot -> absent(slot, slot.aValue(), pair.right()) && absent(slot, slot.bValue(), pair.left()))
                    .ifPresent(slot -> found.add(divergence(pair, new Slot(IN_PHRASE.get(slot.kind()), slot.aFrom(),
                            slot.aTo(), slot.bFrom(), slot.bTo(), slot.aValue(), slot.bValue(), slot.relation()))));
        }
        return found;
    }

    /**
     * At least two shared tokens, one of them a word that carries meaning: "center for", "Automotive Group"; not ", a"
     * (two spokesmen quoted in much the same words: "..., said X, a spokesman for ...").
     */
    private static boolean wordsAround(List<Token> tokens, int from, int to) {
        return to - from >= PHRASE_CONTEXT && tokens.subList(from, to).stream().anyMatch(t -> CONTENT.contains(t.tag()));
    }

    /**
     * True when the article never gives the value: a name in any spelling its key covers, a number or a time as any
     * number or time that agrees with it.
     */
    private static boolean absent(Slot slot, Value value, Extracted article) {
        if (!slot.kind().equals("NAME")) {
            Mention.Kind kind = slot.kind().equals("DATE") ? Mention.Kind.TIME : Mention.Kind.NUMBER;
            return article.mentions().stream().flatMap(List::stream)
                    .noneMatch(m -> m.kind() == kind && m.value().agreesWith(value));
        }
        return !(" " + Words.nameKey(article.document().article().body()) + " ").contains(" " + value.key() + " ");
    }

    private Divergence divergence(AlignedPair pair, Slot s) {
        Assertion a = side(pair.left(), pair.a(), s.aFrom(), s.aTo(), s.kind(), s.aValue());
        Assertion b = side(pair.right(), pair.b(), s.bFrom(), s.bTo(), s.kind(), s.bValue());
        return new Divergence(a.id() + "~" + b.id(), s.kind(), pair.similarity(), a, b, s.relation());
    }

    /**
     * Tokens as compared: lower case, with typographic double quotes and dashes made plain (apostrophes already are:
     * the annotator reads "temple’s" as "temple's").
     */
    private static List<String> keys(Sentence s) {
        return s.tokens().stream().map(t -> t.text().toLowerCase(Locale.ROOT)
                .replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-')).toList();
    }

    /**
     * One side of a slot as an assertion. An empty side (a word added on the other side) quotes the word
     * before the insertion point. Modality, predicate and time come from an extracted claim over the
     * same words, when there is one.
     */
    private static Assertion side(Extracted e, Sentence s, int from, int to, String kind, Value value) {
        List<Token> t = s.tokens();
        if (from >= to) {
            from = Math.max(0, from - 1);
            to = from + 1;
        }
        int start = t.get(from).start();
        int end = t.get(Math.min(to, t.size()) - 1).end();
        Article article = e.document().article();
        Provenance at = new Provenance(article.id(), article.outlet(), article.published(), s.index(), s.text(),
                s.start(), start, end, article.body().substring(start, end));
        Optional<Assertion> claim = claimAt(e, s, from, to);
        String attribute = kind.toLowerCase(Locale.ROOT);
        return new Assertion(article.id() + "#" + start + "-" + end + "/slot-" + attribute, "SLOT",
                claim.map(Assertion::subject).orElse("the same sentence"), attribute, value,
                claim.map(Assertion::time).orElse(null),
                claim.map(Assertion::modality).orElse(Modality.ASSERTED),
                claim.map(Assertion::cue).orElse(null), claim.map(Assertion::source).orElse(null),
                claim.map(Assertion::context).orElse(Set.of()), null,
                claim.map(Assertion::predicate).orElse(null), claim.map(Assertion::evolving).orElse(false),
                claim.map(Assertion::mainEvent).orElse(true), claim.map(Assertion::frame).orElse(Frame.NONE), at);
    }
}
