package dev.crosscheck.cli;

import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.Editors;
import dev.crosscheck.review.db.ReviewDatabaseException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck editors add|passwd|list}: accounts for the review app. Passwords are read from the
 * console (typed twice, not echoed) or, when stdin is not a terminal, from its first line; never from argv,
 * where other users of the machine could see them.
 */
@Command(name = "editors", mixinStandardHelpOptions = true,
        description = "Manage the review app's editor accounts.",
        subcommands = {EditorsCommand.Add.class, EditorsCommand.Passwd.class, EditorsCommand.List.class})
final class EditorsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an editor; the password is read from the console or stdin.")
    static final class Add implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "Editor name: letters, digits, '.', '_' or '-'.")
        String name;

        @Mixin
        ReviewDatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return withPassword(spec, "Password for " + name, password -> {
                new Editors(Database.open(database.jdbcUrl())).add(name, password);
                spec.commandLine().getOut().println("Added editor " + name + ".");
            });
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set a new password for an editor; read from the console or stdin.")
    static final class Passwd implements Callable<Integer> {

        @Parameters(paramLabel = "NAME")
        String name;

        @Mixin
        ReviewDatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return withPassword(spec, "New password for " + name, password -> {
                new Editors(Database.open(database.jdbcUrl())).setPassword(name, password);
                spec.commandLine().getOut().println("Changed the password of " + name + ".");
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the editors.")
    static final class List implements Callable<Integer> {

        @Mixin
        ReviewDatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try {
                new Editors(Database.open(database.jdbcUrl())).names().forEach(spec.commandLine().getOut()::println);
                return Main.OK;
            } catch (ReviewDatabaseException e) {
                spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
                return Main.USAGE;
            }
        }
    }

    interface PasswordUse {
        void accept(char[] password);
    }

    private static int withPassword(CommandSpec spec, String prompt, PasswordUse use) {
        PrintWriter err = spec.commandLine().getErr();
        char[] password = null;
        try {
            password = readPassword(prompt);
            if (password == null) {
                err.println("crosscheck: no password given (type it at the prompt, or pipe it on stdin)");
                return Main.USAGE;
            }
            use.accept(password);
            return Main.OK;
        } catch (IllegalArgumentException | ReviewDatabaseException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("crosscheck: cannot read the password: " + e.getMessage());
            return Main.USAGE;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** From the console, typed twice; else the first line of stdin. Null when nothing was given. */
    private static char[] readPassword(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("%s: ", prompt);
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null) {
                return null;
            }
            if (!Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the two passwords differ; nothing was changed");
            }
            Arrays.fill(again, '\0');
            return first;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? null : line.toCharArray();
    }
}
