package dev.lit4j.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arrows point inward: the domain depends on the JDK and an allow-list of libraries, so no adapter, wiring
 * framework, HTTP, SQL or storage library can slip in; of {@code java.io}, it uses no file or socket.
 * Adapters depend on the domain, never the other way round.
 */
class DependencyRuleTest {
    private static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lit4j.domain");
    }

    @Test
    void domainClassesWereImported() {
        // guards the rules below against passing vacuously on an empty import
        org.junit.jupiter.api.Assertions.assertTrue(domain.size() > 10, "imported " + domain.size() + " classes");
    }

    @Test
    void onlyTheJdkAndTheListedLibraries() {
        check(classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "dev.lit4j.domain..",
                        "java.lang..",
                        "java.util..",
                        "java.time..",
                        "java.math..",
                        "java.io..",
                        "java.nio",
                        "java.nio.charset..",
                        "java.security..",
                        "javax.crypto..",
                        // the pure cryptography: secp256k1 and keccak, Ed25519, BLS12-381
                        "org.web3j.crypto..",
                        "org.bouncycastle..",
                        "supranational.blst..",
                        // the wire codec, injection annotations (no framework), nullness annotations
                        "com.google.gson..",
                        "jakarta.inject..",
                        "org.jspecify.annotations.."));
    }

    @Test
    void noFileSystemOrSocketIo() {
        check(noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.nio.channels..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileInputStream")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.RandomAccessFile")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.Socket")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.ServerSocket")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.URLConnection")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.HttpURLConnection"));
    }

    private static void check(ArchRule rule) {
        rule.check(domain);
    }
}
