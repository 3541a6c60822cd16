package org.newsclaims;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, kept by the build. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.newsclaims");

  @Test
  void onlyTheCoreNlpAdapterImportsCoreNlp() {
    noClasses().that().resideOutsideOfPackage("org.newsclaims.nlp.corenlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
        .check(CLASSES);
  }

  @Test
  void onlyTheOpenNlpAdapterImportsOpenNlp() {
    noClasses().that().resideOutsideOfPackage("org.newsclaims.nlp.opennlp..")
        .should().dependOnClassesThat().resideInAPackage("opennlp.tools..")
        .check(CLASSES);
  }

  @Test
  void onlyIngestParsesHtml() {
    noClasses().that().resideOutsideOfPackage("org.newsclaims.ingest..")
        .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
        .check(CLASSES);
  }

  @Test
  void nothingDependsOnTheCli() {
    noClasses().that().resideOutsideOfPackage("org.newsclaims.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.newsclaims.cli..")
        .check(CLASSES);
  }

  @Test
  void extractorsAndEvaluationStayOffTheAdaptersAndPipeline() {
    noClasses().that().resideInAnyPackage("org.newsclaims.extract..", "org.newsclaims.topic..",
            "org.newsclaims.eval..", "org.newsclaims.model..", "org.newsclaims.text..")
        .should().dependOnClassesThat().resideInAnyPackage("org.newsclaims.nlp.corenlp..",
            "org.newsclaims.nlp.opennlp..", "org.newsclaims.pipeline..")
        .check(CLASSES);
  }

  @Test
  void topicsPlacesModesAndFramesTouchOnlyModelTextPlaceAndNlp() {
    noClasses().that().resideInAnyPackage("org.newsclaims.topic..", "org.newsclaims.place..",
            "org.newsclaims.stance..", "org.newsclaims.frame..")
        .should().dependOnClassesThat().resideInAnyPackage("org.newsclaims.extract..",
            "org.newsclaims.pipeline..", "org.newsclaims.export..", "org.newsclaims.review..",
            "org.newsclaims.eval..", "org.newsclaims.ingest..", "org.newsclaims.bench..",
            "org.newsclaims.nlp.corenlp..", "org.newsclaims.nlp.opennlp..")
        .check(CLASSES);
  }

  @Test
  void thePlaceGazetteerTouchesOnlyTheModel() {
    noClasses().that().resideInAPackage("org.newsclaims.place..")
        .should().dependOnClassesThat().resideInAnyPackage("org.newsclaims.topic..",
            "org.newsclaims.stance..", "org.newsclaims.frame..", "org.newsclaims.nlp..", "org.newsclaims.text..")
        .check(CLASSES);
  }

  @Test
  void framesDoNotDependOnTopicInternals() {
    noClasses().that().resideInAPackage("org.newsclaims.frame..")
        .should().dependOnClassesThat().resideInAnyPackage("org.newsclaims.topic..", "org.newsclaims.stance..")
        .check(CLASSES);
  }

  @Test
  void modelDependsOnTheJdkOnly() {
    noClasses().that().resideInAPackage("org.newsclaims.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.newsclaims.model..", "java..")
        .check(CLASSES);
  }

  @Test
  void thePipelineDoesNotImportTheReviewLoop() {
    noClasses().that().resideInAPackage("org.newsclaims.pipeline..")
        .should().dependOnClassesThat().resideInAPackage("org.newsclaims.review..")
        .because("reviews plug in through pipeline.ReviewCarrier")
        .check(CLASSES);
  }

  @Test
  void onlyTheStoreUsesJdbc() {
    noClasses().that().resideOutsideOfPackage("org.newsclaims.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
        .check(CLASSES);
  }
}
