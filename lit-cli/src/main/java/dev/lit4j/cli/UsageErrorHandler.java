package dev.lit4j.cli;

import dev.lit4j.domain.codec.PrintableText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line: one line on standard error that names the command and the mistake, suggestions for
 * a mistyped option or command, a pointer to {@code --help}, and exit code {@value Lit4jCli#USAGE}.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        PrintWriter err = command.getErr();
        String who = command.getCommandSpec().qualifiedName();
        // the message may quote what was typed or a file's content: escaped and bounded
        err.println(who + ": " + PrintableText.of(String.valueOf(mistake.getMessage()), PrintableText.MAX_LINE_LENGTH));
        UnmatchedArgumentException.printSuggestions(mistake, err);
        err.println("Try '" + who + " --help' for more information.");
        err.flush();
        return Lit4jCli.USAGE;
    }
}
