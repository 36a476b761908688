package dev.lit4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lit4j network}: Lit networks for other tools; its one command is {@code start}. */
@Command(
        name = "network",
        mixinStandardHelpOptions = true,
        description = "Runs a local Lit network for other tools.",
        subcommands = NetworkStartCommand.class)
final class NetworkCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without {@code start}: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command; see lit4j network --help");
    }
}
