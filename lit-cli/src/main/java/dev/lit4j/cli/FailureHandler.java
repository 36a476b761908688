package dev.lit4j.cli;

import dev.lit4j.domain.LitException;
import dev.lit4j.domain.codec.internal.PrintableText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into exit code {@value Lit4jCli#FAILED} and one line on standard error that
 * names the command and what was wrong. (A malformed option value never gets here: option values are read
 * by {@link OptionConverter}s while the command line is parsed, and a command that finds options that do not
 * fit together throws picocli's {@code ParameterException}; both are usage errors, {@value Lit4jCli#USAGE}.) Lit4j's exceptions carry messages meant for people (and never a
 * secret); anything else is a bug, reported with its stack trace. The message line is escaped and bounded
 * ({@link PrintableText}): it may quote a node's answer or a file.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        String who = command.getCommandSpec().qualifiedName();
        // messages quote node answers and file content: escaped and bounded, so they cannot forge or flood lines
        if (failure instanceof LitException) {
            err.println(
                    who + ": " + PrintableText.of(String.valueOf(failure.getMessage()), PrintableText.MAX_LINE_LENGTH));
        } else {
            err.println(who + ": unexpected failure: "
                    + PrintableText.of(failure.toString(), PrintableText.MAX_LINE_LENGTH));
            failure.printStackTrace(err);
        }
        err.flush();
        return Lit4jCli.FAILED;
    }
}
