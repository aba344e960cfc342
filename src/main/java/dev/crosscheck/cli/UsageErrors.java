package dev.crosscheck.cli;

import dev.crosscheck.text.Spelling;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a mistyped command line gets: one line saying what is wrong, the nearest commands or options when the word
 * is close to one ("did you mean: check?"), and where the full usage is. Never the whole usage: it buries the one
 * line that matters.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("crosscheck: " + message(ex));
        List<String> suggestions = suggestions(ex);
        if (!suggestions.isEmpty()) {
            err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
        }
        err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help' for "
                + (cmd.getSubcommands().isEmpty() ? "its options." : "its commands and options."));
        err.flush();
        return Main.USAGE;
    }

    /**
     * The commands or options (as the unknown word was typed: a command or an option) one or two typing slips away
     * from it — a letter missing, added, changed, or two swapped — nearest first.
     */
    static List<String> suggestions(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return List.of();
        }
        String typed = unmatched.getUnmatched().get(0);
        CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
        Collection<String> known = unmatched.isUnknownOption() ? spec.optionsMap().keySet()
                : ex.getCommandLine().getSubcommands().keySet();
        String bare = typed.split("=", 2)[0];
        int allowed = Math.max(1, Math.min(2, strip(bare).length() / 3));
        return known.stream()
                .filter(k -> k.startsWith("-") == bare.startsWith("-"))
                .filter(k -> Spelling.distance(strip(bare), strip(k), allowed) <= allowed)
                .sorted(Comparator.comparingInt((String k) -> Spelling.distance(strip(bare), strip(k), allowed))
                        .thenComparing(Comparator.naturalOrder()))
                .distinct()
                .limit(3)
                .toList();
    }

    private static String strip(String option) {
        return option.replaceFirst("^-+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The problem in words: an unknown command or option by name, else picocli's message. */
    static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            boolean takesCommands = !ex.getCommandLine().getSubcommands().isEmpty();
            if (unmatched.isUnknownOption()) {
                return "unknown option '" + first + "'";
            }
            return takesCommands ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'";
        }
        String message = ex.getMessage();
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
