package dev.crosscheck.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a date option (YYYY-MM-DD) and says in words what is wrong with one that is not a date. */
final class DateArgument implements CommandLine.ITypeConverter<LocalDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    @Override
    public LocalDate convert(String value) {
        Matcher m = ISO.matcher(value.strip());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a date written as YYYY-MM-DD, such as 2026-11-24");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: there is no month " + month);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            YearMonth ym = YearMonth.of(year, month);
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: " + ym + " has "
                    + ym.lengthOfMonth() + " days");
        }
    }
}
