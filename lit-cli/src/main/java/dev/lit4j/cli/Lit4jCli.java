package dev.lit4j.cli;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lit4j}, the command line of Lit4j: makes session signatures (for a wallet, a PKP, a capacity
 * delegation), verifies and explains them, prints SIWE messages, encrypts and decrypts under access control
 * conditions and runs a local Lit network.
 *
 * <p>Data goes to standard output (JSON unless text is asked for), progress and status to standard error.
 * Exit codes: {@value #OK} ok, {@value #FAILED} a failed operation or an invalid input document,
 * {@value #USAGE} a usage error (an unknown option, a missing or malformed option value, a file named by an
 * option that is unreadable or wrong), {@value #INTERRUPTED} stopped by Ctrl-C (SIGINT).
 */
@Command(
        name = "lit4j",
        mixinStandardHelpOptions = true,
        versionProvider = Lit4jVersion.class,
        description = "Lit Protocol session signatures from the command line: make them, verify them, explain them.",
        subcommands = {
            SessionSigsCommand.class,
            PkpSessionSigsCommand.class,
            CapacityDelegationCommand.class,
            VerifyCommand.class,
            InspectCommand.class,
            SiweCommand.class,
            NetworkCommand.class,
            EncryptCommand.class,
            DecryptCommand.class,
            PkpSignCommand.class,
            ExecuteCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Lit4jCli implements Callable<Integer> {
    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: a failed operation, or a document given to a command (not an option) is invalid. */
    public static final int FAILED = 1;
    /** Exit code: the command line is wrong (an unknown option, a missing or malformed option value). */
    public static final int USAGE = 2;
    /** Exit code: stopped by Ctrl-C (SIGINT), the JVM's 128 + 2. */
    public static final int INTERRUPTED = 130;

    @Spec
    private CommandSpec spec;

    private final InputStream stdin;

    private Lit4jCli(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Runs {@code lit4j} with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine(System.in).execute(args));
    }

    /**
     * The {@code lit4j} command line, reading standard input from {@code stdin} (for commands given no
     * file). Set its output and error writers to capture them; {@link CommandLine#execute} returns the exit
     * code.
     */
    public static CommandLine commandLine(InputStream stdin) {
        CommandLine cli = new CommandLine(new Lit4jCli(stdin));
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        describeExitCodes(cli);
        HelpLayout.apply(cli);
        return cli;
    }

    /** What the commands read when they are given no file. */
    InputStream stdin() {
        return stdin;
    }

    /** Without a command: the usage, on standard error, and exit code {@value #USAGE}. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    // every command's --help ends with the exit codes, unless it names its own
    private static void describeExitCodes(CommandLine command) {
        CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        if (usage.exitCodeList().isEmpty()) {
            Map<String, String> codes = new LinkedHashMap<>();
            codes.put(OK + "", "ok");
            codes.put(FAILED + "", "failed, or an input document is invalid (standard error says which)");
            codes.put(USAGE + "", "usage error: an unknown option, a missing or malformed option value");
            codes.put(INTERRUPTED + "", "stopped by Ctrl-C");
            usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        }
        command.getSubcommands().values().forEach(Lit4jCli::describeExitCodes);
    }
}
