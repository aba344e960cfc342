package dev.crosscheck.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Makes large, realistic feeds out of a labelled one: new events, not copies. Each generated event takes
 * a corpus event as its template and changes, consistently across its articles, the names specific to it
 * (people, places, organisations: {@link NameLexicon}), every figure (one factor per event) and every date
 * (the event happens on another day). Each template is used again and again over the feed's span, about
 * every five weeks, so recurring events (another missile test, another storm) are among the events, as in
 * real news; the outlets are the template's. A record's {@code event} field labels its generated event, so
 * a grouping of the feed can be scored.
 *
 * <p>The same corpus, size and seed give the same feed, byte for byte.
 */
public final class FeedGenerator {

    /** Names found in this many corpus events or more recur across events, and are kept. */
    static final int COMMON_NAME_EVENTS = 6;
    /** A template comes back every this many days, give or take {@link #JITTER_DAYS}: another event of its kind. */
    static final int RECURRENCE_DAYS = 35;
    static final int JITTER_DAYS = 7;
    /** Share of a template's articles a generated event keeps (at least one). */
    static final double KEEP = 0.85;
    /** Share of the words WordNet has synonyms for that a generated event words its own way. */
    static final double REWORDING = 0.95;
    /** The generated feeds start on this day, a Monday, far from the corpus's own years. */
    static final LocalDate START = LocalDate.of(2031, 1, 6);

    /** What a generated feed holds. */
    public record Summary(int articles, int events, int templates, LocalDate first, LocalDate last) {

        public long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CorpusEvents corpus;
    private final NameLexicon lexicon;
    private final Synonyms synonyms = new Synonyms();
    private final long seed;

    public FeedGenerator(CorpusEvents corpus, long seed) {
        this.corpus = corpus;
        this.lexicon = NameLexicon.of(corpus, COMMON_NAME_EVENTS);
        this.seed = seed;
    }

    /** Writes a feed of exactly {@code articles} records to {@code out} (JSONL). */
    public Summary write(int articles, Path out) throws IOException {
        if (articles < 1) {
            throw new IllegalArgumentException("a feed needs 1 article or more, not " + articles);
        }
        Random random = new Random(seed);
        List<CorpusEvents.Event> order = new ArrayList<>(corpus.events());
        Collections.shuffle(order, random);
        PseudoNames pseudo = new PseudoNames();
        int[] phase = random.ints(order.size(), 0, RECURRENCE_DAYS).toArray();
        int written = 0;
        int events = 0;
        LocalDate first = null;
        LocalDate last = null;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            while (written < articles) {
                CorpusEvents.Event template = order.get(events % order.size());
                Random eventRandom = new Random(random.nextLong());
                int round = events / order.size();
                LocalDate day = START.plusDays((long) round * RECURRENCE_DAYS + phase[events % order.size()]
                        + eventRandom.nextInt(JITTER_DAYS));
                List<ObjectNode> records = event(template, events, day, eventRandom, pseudo);
                for (ObjectNode record : records.subList(0, Math.min(records.size(), articles - written))) {
                    w.write(JSON.writeValueAsString(record));
                    w.write('\n');
                    LocalDate published = LocalDate.parse(record.get("published").asText());
                    first = first == null || published.isBefore(first) ? published : first;
                    last = last == null || published.isAfter(last) ? published : last;
                    written++;
                }
                events++;
            }
        }
        return new Summary(written, events, Math.min(events, order.size()), first, last);
    }

    private List<ObjectNode> event(CorpusEvents.Event template, int number, LocalDate target, Random random,
                                   PseudoNames pseudo) {
        EventRewriter rewriter = new EventRewriter(lexicon, pseudo, synonyms, random, 1.15 + 0.7 * random.nextDouble(),
                REWORDING);
        long baseShift = Math.floorDiv(ChronoUnit.DAYS.between(template.first(), target), 7) * 7;
        String label = template.label() + "#" + number;
        List<ObjectNode> records = new ArrayList<>();
        for (CorpusEvents.Source source : template.sources()) {
            if (random.nextDouble() >= KEEP && !(records.isEmpty() && source == last(template))) {
                continue;
            }
            long offset = ChronoUnit.DAYS.between(template.first(), source.published());
            int shift = Math.toIntExact(baseShift + compressed(offset) - offset);
            LocalDate published = source.published().plusDays(shift);
            String id = id(label, source.id());
            ObjectNode record = JSON.createObjectNode();
            record.put("id", id);
            record.put("url", "https://" + (source.outlet() == null ? "example.org" : source.outlet()) + "/generated/" + id);
            record.put("outlet", source.outlet());
            record.put("published", published.toString());
            record.put("title", rewriter.rewrite(source.title(), source.published(), shift));
            record.put("text", rewriter.rewrite(source.text(), source.published(), shift));
            record.put("event", label);
            records.add(record);
        }
        return records;
    }

    /**
     * How many days after the event's first report a report comes, in the generated event: the first week
     * as it was, later follow-ups drawn closer (a month becomes about two weeks, a year about three and a
     * half), always a multiple of seven days away from the original so that weekdays stay right. The
     * corpus labels some topics followed over years as one event; a generated event stays within weeks.
     */
    static long compressed(long offset) {
        if (offset <= 7) {
            return offset;
        }
        long target = Math.round(7 + 3 * Math.log(offset / 7.0) / Math.log(2));
        return target + Math.floorMod(offset - target, 7);
    }

    private static CorpusEvents.Source last(CorpusEvents.Event template) {
        return template.sources().get(template.sources().size() - 1);
    }

    private String id(String label, String sourceId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((seed + "/" + label + "/" + sourceId)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
