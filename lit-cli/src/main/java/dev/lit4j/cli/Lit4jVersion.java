package dev.lit4j.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code lit4j --version}: the version in the jar's manifest. */
final class Lit4jVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Lit4jVersion.class.getPackage().getImplementationVersion();
        return new String[] {"lit4j " + (version == null ? "(development build)" : version)};
    }
}
