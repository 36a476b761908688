package dev.lit4j.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arrows point inward: the domain imports no adapter, no wiring framework, no HTTP, SQL, storage or
 * file-system library. Adapters depend on the domain, never the other way round.
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
    void noAdapterOrCliOrTestkit() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "dev.lit4j.adapters..", "dev.lit4j.cli..", "dev.lit4j.testkit..", "dev.lit4j.network..", "dev.lit4j.guice.."));
    }

    @Test
    void noWiringFramework() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "com.google.inject..", "org.springframework..", "dagger.."));
    }

    @Test
    void noHttp() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "java.net.http..", "com.sun.net.httpserver..", "okhttp3..", "org.apache.http..",
                "org.apache.hc..", "org.web3j.protocol.."));
    }

    @Test
    void noSqlOrStorageLibrary() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "java.sql..", "javax.sql..", "org.mapdb..", "org.postgresql..", "io.zonky.."));
    }

    @Test
    void noFileSystemOrSocketIo() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection"));
    }

    private static void check(ArchRule rule) {
        rule.check(domain);
    }
}
