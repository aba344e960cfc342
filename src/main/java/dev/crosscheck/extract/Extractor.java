package dev.crosscheck.extract;

import dev.crosscheck.annotate.AnnotatedArticle;
import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Provenance;
import dev.crosscheck.facts.TimeFrame;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.knowledge.Knowledge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the assertions of an article. Each sentence gets a time frame first (the time it names, else
 * the one its paragraph or the article's lead named), then the claim finders run in an order where
 * the more specific ones claim their tokens first: dates, knowledge patterns, measured amounts,
 * designations, counts; titles of office are read once the whole article is, as an unnamed
 * "the former mayor" may stand for a person named further on.
 * Thread-safe: it keeps no state between articles.
 */
public final class Extractor {

    private static final int LEAD_SENTENCES = 3;
    private static final int LEAD_DAYS = 3;
    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ");

    private final Knowledge knowledge;
    private final Syntax syntax;
    private final EntityFinder entities;
    private final ModalityReader modality;
    private final List<ClaimFinder> finders;
    private final MentionFinder mentionFinder;
    private final OfficeFinder offices;

    public Extractor(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.syntax = new Syntax(knowledge.synonyms(), knowledge.cues());
        this.entities = new EntityFinder(knowledge.entities(), knowledge.places());
        this.modality = new ModalityReader(knowledge.cues());
        FrameReader frames = new FrameReader(knowledge.frames(), knowledge.cues());
        this.finders = List.of(new ClockTimeFinder(knowledge.places()), new WeekdayFinder(),
                new DateFinder(syntax, frames),
                new PatternFinder(knowledge.patterns()),
                new QuantityFinder(knowledge, syntax, frames), new DesignationFinder(knowledge.designations()),
                new CountFinder(knowledge, syntax, frames),
                new HeldPlaceFinder(knowledge.attributes().placeCues(), knowledge.places()),
                new PlaceFinder(knowledge.places(), syntax, frames));
        this.mentionFinder = new MentionFinder(knowledge);
        this.offices = new OfficeFinder(knowledge.offices());
    }

    public Extracted extract(AnnotatedArticle document) {
        Article article = document.article();
        TimeReader times = new TimeReader(article.published());
        List<List<TimeMention>> mentions = document.sentences().stream().map(times::read).toList();
        // the times that date what a sentence reports, not a figure it compares with
        List<List<TimeMention>> told = document.sentences().stream().map(s -> mentions.get(s.index()).stream()
                .filter(m -> Comparisons.phraseStart(s, m.from()) < 0).toList()).toList();
        TimeFrame lead = leadFrame(told, article.published());
        Map<Integer, TimeFrame> paragraphFrames = new HashMap<>();
        List<Assertion> assertions = new ArrayList<>();
        List<List<Mention>> sentenceMentions = new ArrayList<>();
        List<OfficeFinder.Found> titles = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<TimeMention> named = mentions.get(sentence.index());
            List<TimeMention> dating = told.get(sentence.index());
            TimeFrame frame;
            if (dating.isEmpty()) {
                frame = paragraphFrames.getOrDefault(sentence.paragraph(), lead);
            } else {
                frame = dating.get(0).frame();
                if (!frame.recalled()) {
                    // a look back dates its own sentence; the paragraph goes on in the story's time
                    paragraphFrames.put(sentence.paragraph(), frame.inherited());
                }
            }
            boolean[] used = new boolean[sentence.tokens().size()];
            for (TimeMention m : named) {
                ClaimFinder.use(used, m.from(), m.to());
            }
            SentenceFrame context = new SentenceFrame(sentence, frame, named, entities.find(sentence, used),
                    syntax.topic(sentence), contextStems(sentence), lead);
            sentenceMentions.add(mentionFinder.find(context));
            Map<Draft, String> ids = new HashMap<>();
            for (ClaimFinder finder : finders) {
                for (Draft found : finder.find(context, used)) {
                    Draft draft = comparedTime(sentence, named, found);
                    Assertion assertion = assertion(article, context, draft, ids);
                    ids.put(found, assertion.id());
                    assertions.add(assertion);
                }
            }
            offices.find(sentence).forEach(title -> titles.add(new OfficeFinder.Found(context, title)));
        }
        // Titles are read last: an unnamed one stands for a person the article may name further on.
        for (OfficeFinder.Claim claim : OfficeFinder.claims(titles)) {
            assertions.add(assertion(article, claim.frame(), claim.draft(), Map.of()));
        }
        assertions.sort((a, b) -> a.at().start() != b.at().start()
                ? Integer.compare(a.at().start(), b.at().start()) : a.id().compareTo(b.id()));
        return new Extracted(document, assertions, sentenceMentions);
    }

    /** A figure given for comparison takes the time its comparison phrase names ("a loss of $1.46 in 2020"). */
    private static Draft comparedTime(Sentence sentence, List<TimeMention> named, Draft draft) {
        int phrase = Comparisons.phraseStart(sentence, draft.from());
        if (draft.time() != null || phrase < 0) {
            return draft;
        }
        return named.stream().filter(m -> Comparisons.phraseStart(sentence, m.from()) == phrase).findFirst()
                .map(m -> draft.at(m.frame())).orElse(draft);
    }

    private Assertion assertion(Article article, SentenceFrame context, Draft draft, Map<Draft, String> ids) {
        Sentence s = context.sentence();
        List<Token> t = s.tokens();
        int start = t.get(draft.from()).start();
        int end = t.get(draft.to() - 1).end();
        Provenance at = new Provenance(article.id(), article.outlet(), article.published(), s.index(), s.text(),
                s.start(), start, end, article.body().substring(start, end));
        ModalityReader.Reading reading = modality.read(s, draft.from(), draft.to());
        TimeFrame time = draft.time() != null ? draft.time() : context.time();
        String id = article.id() + "#" + start + "-" + end + "/" + draft.attribute().replace(' ', '-');
        boolean evolving = draft.moves()
                || (draft.predicate() != null && knowledge.attributes().evolving(draft.predicate()));
        boolean mainEvent = time == null || !time.explicit()
                || (!time.recalled() && (context.lead() == null || time.overlaps(context.lead())));
        return new Assertion(id, draft.kind(), draft.subject(), draft.attribute(), draft.value(), time,
                reading.modality(), reading.cue(), reading.source(), context.context(),
                draft.restates() == null ? null : ids.get(draft.restates()), draft.predicate(), evolving, mainEvent,
                draft.frame(), at);
    }

    /**
     * The time the article is mainly about: the first time named in its opening sentences, else the
     * few days before publication (news reports what happened in the last day or two: "last week" in a
     * background paragraph is another event), else unknown.
     */
    private static TimeFrame leadFrame(List<List<TimeMention>> mentions, LocalDate published) {
        for (int i = 0; i < Math.min(LEAD_SENTENCES, mentions.size()); i++) {
            // a look back in the lead ("Five years ago, ...") is not when the story happens
            Optional<TimeMention> told = mentions.get(i).stream().filter(m -> !m.frame().recalled()).findFirst();
            if (told.isPresent()) {
                return told.get().frame().inherited();
            }
        }
        return published == null ? null
                : new TimeFrame(published.minusDays(LEAD_DAYS), published, "around publication", false);
    }

    private static Set<String> contextStems(Sentence sentence) {
        TreeSet<String> stems = new TreeSet<>();
        for (Token token : sentence.tokens()) {
            if (CONTENT_TAGS.contains(token.tag()) && token.text().length() > 1) {
                stems.add(token.stem());
            }
        }
        return Collections.unmodifiableSortedSet(stems);
    }
}
