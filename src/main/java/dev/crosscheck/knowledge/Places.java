package dev.crosscheck.knowledge;

import dev.crosscheck.text.Words;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Places and what they lie within, to tell two places named for one event apart from a place and the region it
 * lies in. File: {@code places.txt}: a section per kind ({@code [continent]}, {@code [ocean]}, {@code [sea]}, {@code [country]},
 * {@code [region]}, {@code [city]}) with {@code Name: other name, ...}; {@code [within]} with
 * {@code Name: container, ...}; {@code [ambiguous]} with names never read as one place; {@code [zones]} with
 * {@code Name: time zone} (an IANA zone or an offset, for a place or a zone's abbreviation). Every country of the
 * Java runtime's ISO list is known by its English name, as a country, and a listed city that names a zone of the
 * runtime's time-zone database ("America/Lima") has that zone.
 */
public final class Places {

    public static final List<String> KINDS = List.of("continent", "ocean", "sea", "country", "region", "city");
    /** Compass words: "West Java" and "Central Java" are two parts of one place, so two places. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "upper", "lower");

    /** A known place: its name and kind. */
    public record Place(String name, String kind) {
    }

    /** Cities that name a zone of the time-zone database: "los angeles" is America/Los_Angeles. */
    private static final Map<String, ZoneId> ZONE_CITIES = zoneCities();

    private final Map<String, Place> byKey;
    private final Map<String, Set<String>> within;
    private final Map<String, ZoneId> zones;

    private Places(Map<String, Place> byKey, Map<String, Set<String>> within, Map<String, ZoneId> zones) {
        this.byKey = Map.copyOf(byKey);
        this.within = Map.copyOf(within);
        this.zones = Map.copyOf(zones);
    }

    public static Places empty() {
        return new Places(Map.of(), Map.of(), Map.of());
    }

    static Places parse(List<KnowledgeLine> lines) {
        Map<String, Place> byKey = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            byKey.put(key(name), new Place(name, "country"));
        }
        Map<String, Set<String>> within = new HashMap<>();
        Map<String, KnowledgeLine> withinLines = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<KnowledgeLine> zoneLines = new ArrayList<>();
        for (KnowledgeLine line : lines) {
            String section = line.section();
            if ("zones".equals(section)) {
                zoneLines.add(line);
            } else if ("within".equals(section)) {
                Set<String> containers = new LinkedHashSet<>();
                line.values().forEach(v -> containers.add(key(v)));
                within.put(key(line.key()), containers);
                withinLines.put(key(line.key()), line);
            } else if ("ambiguous".equals(section)) {
                line.items().forEach(name -> ambiguous.add(key(name)));
            } else if (section != null && KINDS.contains(section)) {
                Place place = new Place(line.key(), section);
                byKey.put(key(line.key()), place);
                line.values().forEach(alias -> byKey.put(key(alias), place));
            } else {
                throw line.error("places belong under a kind " + KINDS + ", [within], [ambiguous] or [zones]");
            }
        }
        ambiguous.forEach(byKey::remove);
        for (Map.Entry<String, Set<String>> e : within.entrySet()) {
            for (String container : e.getValue()) {
                if (!byKey.containsKey(container)) {
                    throw withinLines.get(e.getKey()).error("'" + container
                            + "' is not a place: no kind section names it and it is not a country");
                }
            }
        }
        Places places = new Places(byKey, within, Map.of());
        Map<String, ZoneId> zones = new HashMap<>();
        for (KnowledgeLine line : zoneLines) {
            if (line.values().size() != 1) {
                throw line.error("a zone line is 'Name: zone', such as 'Japan: Asia/Tokyo' or 'EST: -05:00'");
            }
            try {
                zones.put(places.canonical(line.key()), ZoneId.of(line.values().get(0)));
            } catch (DateTimeException e) {
                throw line.error("'" + line.values().get(0) + "' is not a time zone (an IANA name such as "
                        + "Asia/Tokyo, or an offset such as -05:00)");
            }
        }
        return new Places(byKey, within, zones);
    }

    /**
     * The time zone of a place or of a zone's abbreviation: listed under [zones] for it or for a place it lies
     * within ("Hokkaido" lies in Japan), or, for a listed place, the zone its city names ("Lima": America/Lima).
     */
    public Optional<ZoneId> zoneOf(String name) {
        String key = canonical(name);
        Optional<ZoneId> listed = Optional.ofNullable(zones.get(key))
                .or(() -> containers(key).stream().map(zones::get).filter(Objects::nonNull).findFirst());
        // only a place knowledge lists: "North", "Christmas" and "Regina" also name zones ("Australia/North")
        return listed.isPresent() || !byKey.containsKey(key) ? listed : Optional.ofNullable(ZONE_CITIES.get(key));
    }

    private static Map<String, ZoneId> zoneCities() {
        Map<String, ZoneId> cities = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+")) {
                String city = key(id.substring(id.indexOf('/') + 1).replace('_', ' '));
                if (cities.putIfAbsent(city, ZoneId.of(id)) != null) {
                    twice.add(city);
                }
            }
        }
        twice.forEach(cities::remove);
        return cities;
    }

    /** The place a name (as written, "the" or not) stands for, if knowledge knows it. */
    public Optional<Place> find(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** True when one of the two lies within the other (or they are one place). */
    public boolean nested(String a, String b) {
        String ka = canonical(a);
        String kb = canonical(b);
        return ka.equals(kb) || containers(ka).contains(kb) || containers(kb).contains(ka);
    }

    /**
     * True when the two names are of different places: two known places of one kind; two known places of two
     * kinds when the smaller lies within a place of the larger's kind that is not it; or two names that are one
     * name with different compass words ("West Java", "Central Java").
     */
    public boolean different(String a, String b) {
        if (nested(a, b)) {
            return false;
        }
        Optional<Place> pa = find(a);
        Optional<Place> pb = find(b);
        if (pa.isPresent() && pb.isPresent()) {
            return pa.get().kind().equals(pb.get().kind()) || placedIn(pa.get(), pb.get().kind())
                    || placedIn(pb.get(), pa.get().kind());
        }
        return compassSiblings(key(a), key(b));
    }

    /** True when what the place lies within names a place of that kind. */
    private boolean placedIn(Place place, String kind) {
        return containers(key(place.name())).stream().map(byKey::get)
                .anyMatch(p -> p != null && p.kind().equals(kind));
    }

    private Set<String> containers(String key) {
        Set<String> all = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(within.getOrDefault(key, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(0);
            if (all.add(next)) {
                todo.addAll(within.getOrDefault(next, Set.of()));
            }
        }
        return all;
    }

    private String canonical(String name) {
        return find(name).map(p -> key(p.name())).orElse(key(name));
    }

    private static boolean compassSiblings(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (wa.length < 2 || wb.length < 2 || !COMPASS.contains(wa[0]) || !COMPASS.contains(wb[0])) {
            return false;
        }
        return !wa[0].equals(wb[0]) && a.substring(wa[0].length()).equals(b.substring(wb[0].length()));
    }

    /**
     * The form names are looked up and compared in ({@link Words#nameKey}): lower case, without accents,
     * punctuation, possessives or a leading "the" ("São Paulo" and "Sao Paulo" are one place).
     */
    public static String key(String name) {
        return Words.nameKey(name);
    }

    /** "North Java", "Central Java province": a name that opens with a compass word. */
    public static boolean compassName(String name) {
        String[] words = key(name).split(" ");
        return words.length >= 2 && COMPASS.contains(words[0]);
    }
}
