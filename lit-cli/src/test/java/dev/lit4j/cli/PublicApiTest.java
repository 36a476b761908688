package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The drawn public API: no type of an {@code …internal} package appears in a public signature of a type
 * outside one, in the main code of any module (see {@link PublicSignatures} for what a signature is).
 *
 * <p>It lives here because {@code lit-cli}'s test class path is the one that holds every module's main
 * code (the domain, each adapter, the local network, the test kit and the Guice module); a module added
 * later must be added to {@link #MODULE_PACKAGES} and to {@code lit-cli}'s dependencies.
 */
class PublicApiTest {
    /** One root package per module; each must have been imported, so no module is skipped silently. */
    static final List<String> MODULE_PACKAGES = List.of(
            "dev.lit4j.domain",
            "dev.lit4j.adapters.node",
            "dev.lit4j.adapters.signer",
            "dev.lit4j.adapters.storage",
            "dev.lit4j.network",
            "dev.lit4j.testkit",
            "dev.lit4j.guice",
            "dev.lit4j.cli");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lit4j");

    @Test
    void everyModuleWasImported() {
        for (String root : MODULE_PACKAGES) {
            assertTrue(
                    MAIN.containPackage(root)
                            && !MAIN.getPackage(root).getClassesInPackageTree().isEmpty(),
                    "no main class of " + root + " on lit-cli's test class path");
        }
    }

    @Test
    void noInternalTypeInAPublicSignature() {
        assertEquals(List.of(), PublicSignatures.leaks(MAIN));
    }

    @Test
    void theCheckFindsEveryKindOfLeakAndNothingElse() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dev.lit4j.cli.apifixture");
        String leaky = "dev.lit4j.cli.apifixture.Leaky";
        String hidden = ": dev.lit4j.cli.apifixture.internal.Hidden";
        assertEquals(
                new TreeSet<>(List.of(
                        leaky + " implements" + hidden,
                        leaky + " type parameter" + hidden,
                        leaky + ".field" + hidden,
                        leaky + ".inherited" + hidden,
                        leaky + ".<init> parameter" + hidden,
                        leaky + ".get returns" + hidden,
                        leaky + ".take type parameter" + hidden,
                        leaky + ".take parameter" + hidden,
                        leaky + ".take throws" + hidden,
                        leaky + "$Component.value returns" + hidden,
                        leaky + "$Component.<init> parameter" + hidden)),
                new TreeSet<>(PublicSignatures.leaks(fixture)));
    }
}
