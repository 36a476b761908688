package dev.lit4j.adapters.storage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Arrows point inward: the adapters use the domain and their own libraries, never another adapter module. */
class StorageDependenciesTest {

    @Test
    void mainCodeUsesOnlyTheDomainAndItsOwnLibraries() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lit4j.adapters.storage");
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "dev.lit4j.adapters.storage..",
                        "dev.lit4j.domain..",
                        "java..",
                        "javax.crypto..",
                        "javax.sql..",
                        "com.google.gson..",
                        "com.google.inject..",
                        "jakarta.inject..",
                        "org.jspecify..",
                        "org.mapdb..")
                .check(main);
    }
}
