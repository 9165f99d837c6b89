package dev.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packages show the capabilities: no cycles between them, search and the domain's refusals are leaves. */
class PackagesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.verbatim");
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("dev.verbatim.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void searchKnowsNothingOfStatementsIngestSyncOrTheWeb() {
        noClasses().that().resideInAPackage("dev.verbatim.search..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.verbatim.statement..", "dev.verbatim.ingest..", "dev.verbatim.sync..",
                        "dev.verbatim.web..", "dev.verbatim.api..")
                .check(classes);
    }

    @Test
    void theDomainsRefusalsKnowNoHttp() {
        noClasses().that().resideInAPackage("dev.verbatim.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.verbatim.api..", "dev.verbatim.statement..", "jakarta.ws.rs..", "io.vertx..")
                .check(classes);
    }
}
