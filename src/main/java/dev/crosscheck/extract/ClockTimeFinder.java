package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Places;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a local time given with its GMT time in brackets ("left Lisbon at 7:45 p.m. (1845 GMT)", "at 9:00 am
 * local time (0030 GMT)", "at 1:30 p.m. EST (1830 GMT)"): two claims of the moment, each as minutes of the GMT day,
 * the bracketed one restating the local one, so that a rule can check that they are one moment. The local time's
 * zone is the one its abbreviation names, else that of the places the sentence names before it (or, with none
 * there, after it), all of them in one zone; without a zone nothing is read. Around a change of summer time either
 * offset is allowed.
 */
final class ClockTimeFinder implements ClaimFinder {

    static final String KIND = "CLOCK";
    static final String ATTRIBUTE = "time of day";
    private static final String UNIT = "minutes of the GMT day";
    /** "7:45", "7.45pm", "9", "10:15am": hours, minutes, and the half of the day when glued on. */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?([ap]m)?");
    private static final Pattern GMT_CLOCK = Pattern.compile("(\\d{2}):?(\\d{2})");
    /** "a.m.", "pm", "a.m" (cut from its full stop): the half of the day after a clock time. */
    static final Pattern HALF_OF_DAY = Pattern.compile("([ap])\\.?m\\.?");
    private static final Set<String> GMT = Set.of("gmt", "utc");
    private static final int DAY = 24 * 60;
    /** How far back from the sentence's time the moment may lie, for the summer-time offsets to allow. */
    private static final int DAYS_BACK = 30;

    private final Places places;

    ClockTimeFinder(Places places) {
        this.places = places;
    }

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        Sentence s = frame.sentence();
        List<Token> t = s.tokens();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Optional<Local> local = local(t, i);
            if (local.isEmpty()) {
                continue;
            }
            Optional<Zone> named = zoneAbbreviation(t, local.get().to());
            int afterZone = named.isPresent() ? local.get().to() + 1 : localTimeWords(t, local.get().to());
            Optional<Gmt> gmt = bracketedGmt(t, afterZone);
            if (gmt.isEmpty() || !ClaimFinder.free(used, i, gmt.get().to())) {
                continue;
            }
            int at = i;
            List<Named> namedPlaces = zonesNamed(frame);
            Optional<Zone> zone = named.or(() -> nearest(namedPlaces, at));
            if (zone.isEmpty() || frame.time() == null) {
                continue; // an undated article: the zone's offset on the day is not known
            }
            LocalDate day = frame.time().end();
            if (named.isEmpty()
                    && anotherZoneGives(namedPlaces, zone.get(), local.get().minutes(), gmt.get().minutes(), day)) {
                continue;
            }
            Draft first = draft(frame, i, afterZone, local.get().minutes(), zone.get(), day);
            Draft second = Draft.of(KIND, first.subject(), ATTRIBUTE, gmtValue(s, gmt.get(), first.value()),
                    gmt.get().from(), gmt.get().to()).restating(first);
            drafts.add(first);
            drafts.add(second);
            ClaimFinder.use(used, i, gmt.get().to());
            i = gmt.get().to() - 1;
        }
        return drafts;
    }

    /** A clock time: "7:45 p.m.", "9 pm", or "19:45" before "local time" or a bracket. */
    private record Local(int to, int minutes) {
    }

    /** The zone of a local time and the name it was read from: a place of the sentence or an abbreviation. */
    private record Zone(ZoneId id, String name) {
    }

    /** The GMT time in brackets: tokens {@code [from, to)} are "1845 GMT". */
    private record Gmt(int from, int to, int minutes) {
    }

    private static Optional<Local> local(List<Token> t, int i) {
        String word = t.get(i).text();
        if (!Character.isDigit(word.charAt(0))) {
            return Optional.empty();
        }
        Matcher m = CLOCK.matcher(word);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
        int to = i + 1;
        String glued = m.group(3);
        String next = glued != null ? glued : to < t.size() ? t.get(to).lower() : "";
        Matcher half = HALF_OF_DAY.matcher(next);
        if (half.matches()) {
            boolean afternoon = half.group(1).equals("p");
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            if (glued == null) {
                to++;
                if (to < t.size() && t.get(to).text().equals(".") && next.contains(".")) {
                    to++; // "a.m" and its full stop, as the tokenizer cuts them
                }
            }
            hour = hour % 12 + (afternoon ? 12 : 0);
        } else if (m.group(2) == null || hour > 23) {
            return Optional.empty(); // a bare number is no time; "07:06" is one only with its zone or brackets
        }
        return minute > 59 ? Optional.empty() : Optional.of(new Local(to, hour * 60 + minute));
    }

    /** The zone an abbreviation right after the time names: "EST", "GMT"; not a place ("Tokyo"). */
    private Optional<Zone> zoneAbbreviation(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).text().equals(t.get(k).text().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return places.zoneOf(t.get(k).text()).map(zone -> new Zone(zone, t.get(k).text()));
    }

    /** Skips "local time" or "local" after a clock time. */
    private static int localTimeWords(List<Token> t, int k) {
        if (k < t.size() && t.get(k).lower().equals("local")) {
            return k + 1 < t.size() && t.get(k + 1).lower().equals("time") ? k + 2 : k + 1;
        }
        return k;
    }

    /** "(1845 GMT)", "(18:45 GMT Tuesday)" at token {@code k}. */
    private static Optional<Gmt> bracketedGmt(List<Token> t, int k) {
        if (k + 3 >= t.size() || !t.get(k).text().equals("(") || !GMT.contains(t.get(k + 2).lower())) {
            return Optional.empty();
        }
        Matcher m = GMT_CLOCK.matcher(t.get(k + 1).text());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 24 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(new Gmt(k + 1, k + 3, (hour * 60 + minute) % DAY));
    }

    /** A place the sentence names that has a zone, and where its name ends. */
    private record Named(Zone zone, int end) {
    }

    /**
     * The names the entity reader found in the sentence that are places with a zone, in order; a name that runs on
     * past its place ("Tokyo Narita Airport") is the place it starts with. An abbreviation ("GMT", "EST") is a zone,
     * not a place the sentence names.
     */
    private List<Named> zonesNamed(SentenceFrame frame) {
        Sentence s = frame.sentence();
        List<Named> named = new ArrayList<>();
        for (EntityMention name : frame.entities()) {
            String first = s.tokens().get(name.from()).text();
            if (first.equals(first.toUpperCase(Locale.ROOT))) {
                continue;
            }
            for (int end = name.to(); end > name.from(); end--) {
                Optional<ZoneId> zone = places.zoneOf(s.span(name.from(), end));
                if (zone.isPresent()) {
                    named.add(new Named(new Zone(zone.get(), s.span(name.from(), end)), end));
                    break;
                }
            }
        }
        return named;
    }

    /**
     * The zone of the places named before the time ("left Lisbon at 7:45 p.m."), else of those after it ("at 9 a.m.
     * local time from Lima"), when they all lie in one zone.
     */
    private static Optional<Zone> nearest(List<Named> named, int time) {
        Map<String, Zone> before = new TreeMap<>();
        Map<String, Zone> after = new TreeMap<>();
        for (Named n : named) {
            (n.end() <= time ? before : after).putIfAbsent(n.zone().id().getId(), n.zone());
        }
        Map<String, Zone> zones = before.isEmpty() ? after : before;
        return zones.size() == 1 ? Optional.of(zones.values().iterator().next()) : Optional.empty();
    }

    /**
     * True when the zone of another place the sentence names gives the bracketed time: the writer may have meant that
     * one ("fired from North Korea at 6:57 a.m. (2157 GMT), South Korea's military said" is Seoul's time).
     */
    private static boolean anotherZoneGives(List<Named> named, Zone chosen, int localMinutes, int gmtMinutes,
            LocalDate day) {
        return named.stream().map(n -> n.zone().id()).filter(z -> !z.equals(chosen.id()))
                .anyMatch(z -> gmtMinutes(localMinutes, z, day).contains(gmtMinutes));
    }

    /** The GMT minutes of the day a local time is, at each offset the zone had over the month before the day. */
    private static Set<Integer> gmtMinutes(int localMinutes, ZoneId zone, LocalDate day) {
        Set<Integer> minutes = new TreeSet<>();
        offsets(localMinutes, zone, day).forEach(o -> minutes.add(gmtOf(localMinutes, o)));
        return minutes;
    }

    /** The offsets a zone had at that local time over the month before the day: a change of summer time gives two. */
    private static Set<ZoneOffset> offsets(int localMinutes, ZoneId zone, LocalDate day) {
        Set<ZoneOffset> offsets = new TreeSet<>();
        for (int back = 0; back <= DAYS_BACK; back++) {
            offsets.add(zone.getRules().getOffset(day.minusDays(back).atStartOfDay().plusMinutes(localMinutes)));
        }
        return offsets;
    }

    private static int gmtOf(int localMinutes, ZoneOffset offset) {
        return Math.floorMod(localMinutes - offset.getTotalSeconds() / 60, DAY);
    }

    private static Draft draft(SentenceFrame frame, int from, int to, int localMinutes, Zone zone, LocalDate day) {
        Sentence s = frame.sentence();
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        Set<String> written = new TreeSet<>();
        for (ZoneOffset offset : offsets(localMinutes, zone.id(), day)) {
            written.add(offset.getId().equals("Z") ? "+00:00" : offset.getId());
            int gmt = gmtOf(localMinutes, offset);
            if (low != Integer.MAX_VALUE) {
                // keep the allowed moments together across midnight: 23:30 and 00:30 are an hour apart
                gmt += gmt < low - DAY / 2 ? DAY : gmt > high + DAY / 2 ? -DAY : 0;
            }
            low = Math.min(low, gmt);
            high = Math.max(high, gmt);
        }
        // "10:15 a.m. (Los Angeles, UTC-08:00: 18:15 GMT)"
        String text = s.span(from, to) + " (" + zone.name() + ", UTC" + String.join(" or ", written) + ": " + clock(low)
                + (high == low ? "" : " to " + clock(high)) + " GMT)";
        Value value = new Value(text, clock(low) + " GMT", low, high, UNIT);
        return Draft.of(KIND, frame.owner(from), ATTRIBUTE, value, from, to);
    }

    /** The bracketed time, on the same GMT day as the local one's (23:50 and 00:10 are twenty minutes apart). */
    private static Value gmtValue(Sentence s, Gmt gmt, Value local) {
        int minutes = gmt.minutes();
        while (minutes < local.low() - DAY / 2.0) {
            minutes += DAY;
        }
        while (minutes > local.high() + DAY / 2.0) {
            minutes -= DAY;
        }
        return new Value(s.span(gmt.from(), gmt.to()), clock(minutes) + " GMT", minutes, minutes, UNIT);
    }

    private static String clock(int minutes) {
        int m = Math.floorMod(minutes, DAY);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }
}
