package dev.crosscheck.knowledge;

import dev.crosscheck.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Units of measure and how to convert them. File: {@code units.txt}: a section per dimension
 * ({@code [length]}, {@code [money USD]}), lines {@code factor: name, name} giving how many base units
 * one of these is; the base unit is the one with factor 1. Amounts convert only within a dimension, so
 * currencies, each its own dimension, compare only with themselves. One-character names that are not
 * letters ({@code $}, {@code €}) are written before the number.
 */
public final class Units {

    /** A unit: its dimension, its base unit's name, and how many base units it is. */
    public record Unit(String name, String dimension, String base, double factor, double factorHigh) {
        /**
         * A currency sign, alone or after a country's letters, written before its amount ("$300", "US$300"); "%" and
         * every other unit come after it.
         */
        public boolean prefix() {
            return Words.currencyPrefix(name);
        }

        /** A currency: units.txt names each currency's dimension "money" and its code ("money USD"). */
        public boolean money() {
            return dimension.startsWith("money");
        }
    }

    private final Map<String, Unit> byName;

    private Units(Map<String, Unit> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static Units empty() {
        return new Units(Map.of());
    }

    static Units parse(List<KnowledgeLine> lines) {
        Map<String, Unit> byName = new HashMap<>();
        Map<String, String> bases = new HashMap<>();
        for (KnowledgeLine line : lines) {
            if (line.section() == null) {
                throw line.error("units belong under a dimension section such as [length]");
            }
            double factor;
            try {
                factor = factors(line.key())[0];
            } catch (NumberFormatException e) {
                throw line.error("expected 'factor: unit names', where factor is a number or a range such as"
                        + " '907.18..1016.05' (a name that means more than one unit), got: " + line.key());
            }
            if (line.values().isEmpty()) {
                throw line.error("no unit names after the factor");
            }
            if (factor == 1) {
                bases.putIfAbsent(line.section(), line.values().get(0));
            }
        }
        for (KnowledgeLine line : lines) {
            String base = bases.get(line.section());
            if (base == null) {
                throw line.error("dimension [" + line.section() + "] has no base unit (a line with factor 1)");
            }
            double[] factor = factors(line.key());
            for (String name : line.values()) {
                Unit unit = new Unit(name, line.section(), base, factor[0], factor[1]);
                Unit earlier = byName.putIfAbsent(name, unit);
                if (earlier != null && !earlier.dimension().equals(unit.dimension())) {
                    throw line.error("unit '" + name + "' is already a unit of [" + earlier.dimension() + "]");
                }
            }
        }
        return new Units(byName);
    }

    /** "1000" is one factor; "907.18..1016.05" a range, for a name used for several units ("ton"). */
    private static double[] factors(String key) {
        int dots = key.indexOf("..");
        if (dots < 0) {
            double f = Double.parseDouble(key.strip());
            return new double[] {f, f};
        }
        return new double[] {Double.parseDouble(key.substring(0, dots).strip()),
                Double.parseDouble(key.substring(dots + 2).strip())};
    }

    /** The unit spelled {@code name}; exact spelling first, then lower case ("Km", "KM"). */
    public Optional<Unit> lookup(String name) {
        Unit unit = byName.get(name);
        if (unit == null) {
            unit = byName.get(name.toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(unit);
    }
}
