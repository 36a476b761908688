package dev.lit4j.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code lit4j} in this JVM, as {@code main} would, with its output and error captured. */
final class Cli {
    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {
        /** The first line of standard error. */
        String firstErrorLine() {
            return err.lines().findFirst().orElse("");
        }

        /** The line of standard error that says why a command failed: {@code lit4j <command>: …}, not a status line. */
        String failureLine() {
            return err.lines()
                    .filter(line -> line.startsWith("lit4j ") && !line.startsWith("lit4j: "))
                    .findFirst()
                    .orElse("");
        }
    }

    private Cli() {}

    /** Runs {@code args} with an empty standard input. */
    static Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    /** Runs {@code args} reading {@code stdin}. */
    static Run run(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Lit4jCli.commandLine(stdin);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
