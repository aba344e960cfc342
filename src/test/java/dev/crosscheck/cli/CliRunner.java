package dev.crosscheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as a user would type it, and captures what it prints. */
public final class CliRunner {

    /** Exit code and output of one run. */
    public record Run(int code, String out, String err) {
    }

    private CliRunner() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
