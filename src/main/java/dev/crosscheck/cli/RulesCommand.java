package dev.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code crosscheck rules check|test [DIR]}: tools for rule authors. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check and test a rules folder.",
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class})
final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
