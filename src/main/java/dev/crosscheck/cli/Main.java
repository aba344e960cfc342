package dev.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code crosscheck check|rules|nightly|serve}. The only place that exits. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
        description = "Flags claims that conflict across news articles about the same story.",
        subcommands = {CheckCommand.class, NightlyCommand.class, RulesCommand.class, BenchCommand.class,
                ServeCommand.class, EditorsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int FOUND = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.registerConverter(java.time.LocalDate.class, new DateArgument());
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler(new UsageErrors());
        return cli;
    }
}
