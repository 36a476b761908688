package dev.lit4j.cli;

import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.session.SessionSigsJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lit4j inspect}: a readable account of a session-sigs map. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a session-sigs map (FILE, or standard input) and tells what it holds: the session key;"
                    + " every expiry (the session's, each capability's, each delegation's) with the time left; the nodes"
                    + " and their signatures; the resources requested; each capability with what its ReCaps grant; and"
                    + " the capacity delegations.",
            "It explains; 'lit4j verify' decides."
        })
final class InspectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Lit4jCli root;

    @Option(
            names = "--at",
            paramLabel = "TIME",
            converter = TimeConverter.class,
            description = "The time the times left are counted from, RFC 3339 (default: now).")
    private Instant at;

    @Option(names = "--json", description = "Print the account as JSON instead of text.")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The session-sigs JSON (default: standard input).")
    private Path file;

    @Override
    public Integer call() {
        SessionSigsAccount account = SessionSigsAccount.of(
                SessionSigsJson.parse(TextInput.readOrStdin("FILE", file, root.stdin())),
                at == null ? Instant.now() : at);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsJson.stringify(account.json()));
        } else {
            out.print(account.text());
        }
        out.flush();
        return Lit4jCli.OK;
    }
}
