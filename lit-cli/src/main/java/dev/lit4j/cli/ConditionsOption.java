package dev.lit4j.cli;

import dev.lit4j.domain.encryption.AccessControlConditions;
import picocli.CommandLine.Option;

/** {@code --conditions FILE}: the access control conditions data is encrypted under, read when the line is parsed. */
final class ConditionsOption {
    @Option(
            names = "--conditions",
            paramLabel = "FILE",
            required = true,
            converter = ConditionsConverter.class,
            description = "The access control conditions, JSON: a bare array (accessControlConditions) or an object"
                    + " with one of accessControlConditions, evmContractConditions, solRpcConditions,"
                    + " unifiedAccessControlConditions.")
    private AccessControlConditions conditions;

    /** The conditions in the file. */
    AccessControlConditions conditions() {
        return conditions;
    }
}
