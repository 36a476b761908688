package dev.lit4j.cli;

import dev.lit4j.domain.encryption.AccessControlConditions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --conditions FILE}: the access control conditions data is encrypted under. */
final class ConditionsOption {
    @Option(names = "--conditions", paramLabel = "FILE", required = true, description = "The access control"
            + " conditions, JSON: a bare array (accessControlConditions) or an object with one of"
            + " accessControlConditions, evmContractConditions, solRpcConditions, unifiedAccessControlConditions.")
    private Path file;

    /**
     * The conditions in the file.
     *
     * @throws dev.lit4j.domain.InvalidInputException naming {@code --conditions} if the file cannot be read or
     *     holds no valid conditions
     */
    AccessControlConditions read() {
        return AccessControlConditions.fromJson("--conditions " + file, TextInput.read("--conditions", file));
    }
}
