package dev.lit4j.adapters.node;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Arrows point inward: the node adapter's main code depends on the domain, never on another adapter,
 * the command line or the testkit; it reads the chain without web3j's client stack, and node answers with the
 * domain's strict JSON reader, not a JSON library of its own.
 */
class AdapterDependencyTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lit4j.adapters.node");

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
                        "dev.lit4j.adapters.signer..",
                        "dev.lit4j.adapters.storage..",
                        "dev.lit4j.cli..",
                        "dev.lit4j.testkit..",
                        "dev.lit4j.network..")
                .check(MAIN);
    }

    @Test
    void noWeb3jClientStack() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.web3j.protocol..", "okhttp3..")
                .check(MAIN);
    }

    @Test
    void readsJsonOnlyThroughTheDomain() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.google.gson..")
                .check(MAIN);
    }
}
