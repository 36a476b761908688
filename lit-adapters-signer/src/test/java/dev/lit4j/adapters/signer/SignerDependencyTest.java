package dev.lit4j.adapters.signer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Arrows point inward: the signer adapters' main code depends on the domain, never on another adapter
 * (its end-to-end tests use the node transport, in test scope only), the command line or the testkit.
 */
class SignerDependencyTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lit4j.adapters.signer");

    @Test
    void mainClassesWereImported() {
        assertTrue(MAIN.size() > 10, "imported " + MAIN.size() + " classes");
    }

    @Test
    void noOtherAdapterCliOrTestkit() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.lit4j.adapters.node..",
                        "dev.lit4j.adapters.storage..",
                        "dev.lit4j.cli..",
                        "dev.lit4j.testkit..")
                .check(MAIN);
    }
}
