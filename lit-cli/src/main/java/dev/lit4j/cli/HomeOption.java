package dev.lit4j.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --home DIR}: where {@code lit4j} keeps its wallet key and sessions. */
final class HomeOption {
    @Option(
            names = "--home",
            paramLabel = "DIR",
            converter = HomeConverter.class,
            defaultValue = "${env:LIT4J_HOME:-${env:HOME:-${sys:user.home}}/.lit4j}",
            description = "Where lit4j keeps its wallet key and sessions (default: $LIT4J_HOME, else $HOME/.lit4j;"
                    + " now ${DEFAULT-VALUE}).")
    private Path dir;

    /** The chosen directory. */
    LitHome home() {
        return new LitHome(dir);
    }
}
