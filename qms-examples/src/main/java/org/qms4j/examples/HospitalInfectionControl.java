package org.qms4j.examples;

import static org.qms4j.examples.Records.day;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.conformity.Decision;
import org.qms4j.conformity.Reason;
import org.qms4j.conformity.Rule;
import org.qms4j.conformity.RuleReads;
import org.qms4j.conformity.RuleScope;
import org.qms4j.conformity.Verdict;
import org.qms4j.json.QmsJson;
import org.qms4j.report.ConformityHistory;
import org.qms4j.report.Report;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.HostFactKey;
import org.qms4j.system.QualitySystem;

/**
 * Extending a shipped catalog: a hospital adds its own infection prevention and control
 * requirements under ISO 7101 ({@link Catalog#extend()}), and a rule of its own for one of them
 * that reads the monthly hand-hygiene audit its own system produces, attached to the quality
 * system as a host fact. Everything written for ISO 7101 (the built-in rules, clause exclusions,
 * mapping sets) applies to the derived catalog; the rule's reasons carry the hospital's own codes.
 *
 * <pre>
 * ./mvnw -q -pl qms-examples -am compile exec:java -Dexec.mainClass=org.qms4j.examples.HospitalInfectionControl
 * </pre>
 */
public final class HospitalInfectionControl {
  /** The hospital's catalog: ISO 7101 with its own requirements. */
  public static final CatalogId CATALOG = CatalogId.of("st-brigids-7101:2023");
  /** Central lines checked daily against the insertion bundle. */
  public static final RequirementId CENTRAL_LINES = RequirementId.of("st-brigids/ipc-1");
  /** Hand-hygiene compliance audited monthly on every ward, at least 90%. */
  public static final RequirementId HAND_HYGIENE = RequirementId.of("st-brigids/ipc-2");
  /** Sharps containers closed at three-quarters full and collected within 24 hours. */
  public static final RequirementId SHARPS = RequirementId.of("st-brigids/ipc-3");

  /** The target every ward must reach, in percent. */
  public static final int TARGET_PERCENT = 90;
  /** The host's reason code when a ward is below target. */
  public static final String BELOW_TARGET = "HAND_HYGIENE_BELOW_TARGET";
  /** The host's reason code when no audit result is attached. */
  public static final String NOT_AUDITED = "HAND_HYGIENE_NOT_AUDITED";

  /**
   * One month's hand-hygiene audit from the hospital's own audit system: compliance per ward, in
   * percent. Immutable and thread-safe.
   *
   * @param month the month audited
   * @param wards compliance per ward, in percent
   */
  public record HandHygieneAudit(YearMonth month, Map<String, Integer> wards) {
    /**
     * Creates an audit result; the map is copied and sorted by ward.
     *
     * @param month the month, not null
     * @param wards compliance per ward, not null
     */
    public HandHygieneAudit {
      Objects.requireNonNull(month, "month");
      wards = java.util.Collections.unmodifiableMap(new TreeMap<>(wards));
    }
  }

  /** Where the host's audit result is attached to a snapshot. */
  public static final HostFactKey<HandHygieneAudit> AUDIT = HostFactKey.of("st-brigids.hand-hygiene-audit", HandHygieneAudit.class);

  /**
   * The hospital's rule for {@link #HAND_HYGIENE}: capped at partially conforming, with the host
   * code {@value #BELOW_TARGET}, while any ward of the latest audit is below {@value
   * #TARGET_PERCENT}%, and with {@value #NOT_AUDITED} while no audit is attached.
   */
  public static final Rule HAND_HYGIENE_TARGET =
      Rule.named(
          "st-brigids-hand-hygiene-target",
          RuleReads.requirementFacts().and(AUDIT),
          facts -> {
            var audit = facts.system().hostFact(AUDIT);
            if (audit.isEmpty()) {
              return Decision.cap(Verdict.PARTIALLY_CONFORMING, Reason.of(NOT_AUDITED, "no hand-hygiene audit result is attached"));
            }
            Map<String, Integer> below =
                audit.get().wards().entrySet().stream()
                    .filter(w -> w.getValue() < TARGET_PERCENT)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
            if (below.isEmpty()) {
              return Decision.pass();
            }
            return Decision.cap(
                Verdict.PARTIALLY_CONFORMING,
                Reason.of(
                    BELOW_TARGET,
                    "hand-hygiene compliance in " + audit.get().month() + " below " + TARGET_PERCENT + "%: "
                        + below.entrySet().stream().map(w -> w.getKey() + " " + w.getValue() + "%").collect(Collectors.joining(", "))));
          });

  private static final String SITE = "https://quality.st-brigids.example/";

  private HospitalInfectionControl() {}

  /**
   * What the hospital's story produced.
   *
   * <p>Immutable and thread-safe.
   *
   * @param steps the steps in order
   * @param catalog the derived catalog
   * @param engine the engine with the hospital's rule
   * @param belowTarget the step where a ward fell below target
   * @param files the files written
   */
  public record Outcome(List<Step> steps, Catalog catalog, ConformityEngine engine, Step belowTarget, List<Path> files) {
    /**
     * Creates an outcome.
     *
     * @param steps the steps, not null
     * @param catalog the catalog, not null
     * @param engine the engine, not null
     * @param belowTarget the below-target step, not null
     * @param files the files, not null
     */
    public Outcome {
      steps = List.copyOf(steps);
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(engine, "engine");
      Objects.requireNonNull(belowTarget, "belowTarget");
      files = List.copyOf(files);
    }
  }

  /**
   * The JSON codec the hospital uses: the standard one with its host fact registered.
   *
   * @return the codec
   */
  public static QmsJson json() {
    return QmsJson.builder().hostFact(AUDIT).build();
  }

  /**
   * Runs the hospital's story alone (see {@link ClinicJourney#main} for where files go).
   *
   * @param args ignored
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(Journeys.outputDirectory(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the story: prints each step to {@code out} and writes the hospital's files under {@code
   * directory/hospital}.
   *
   * @param directory where the examples write their files, not null
   * @param out where the narrative goes, not null
   * @return the steps, the catalog, the engine and the files written
   * @throws IOException if a file cannot be written
   */
  public static Outcome run(Path directory, PrintStream out) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Catalog catalog = catalog();
    ConformityEngine engine = ConformityEngine.builder().addRule(RuleScope.requirement(HAND_HYGIENE), HAND_HYGIENE_TARGET).build();
    Narrator story = new Narrator(Objects.requireNonNull(out, "out"), engine);
    story.title("3. St Brigid's Hospital: ISO 7101 extended with infection prevention and control");

    QualitySystem hospital =
        QualitySystem.builder()
            .organisation("St Brigid's Hospital")
            .scope("Acute care: wards 4A, 4B and the intensive care unit")
            .addCatalog(catalog)
            .build();
    hospital = Records.implementAll(hospital, CATALOG, day("2026-04-30"), "Infection prevention and control team", SITE);
    hospital = hospital.withHostFact(AUDIT, new HandHygieneAudit(YearMonth.of(2026, 4), Map.of("4A", 94, "4B", 91, "ICU", 97)));
    story.step(
        "The extended catalog, and April's hand-hygiene audit",
        hospital,
        day("2026-05-04"),
        List.of(
            CATALOG + " extends " + String.join(", ", catalog.lineage().stream().map(CatalogId::value).toList()) + " with "
                + (catalog.requirements().size() - StandardCatalogs.iso7101().requirements().size()) + " requirements of the hospital's own:",
            "  8.1 " + CENTRAL_LINES + ": " + summary(catalog, CENTRAL_LINES),
            "  8.1 " + HAND_HYGIENE + ": " + summary(catalog, HAND_HYGIENE),
            "  8.3 " + SHARPS + ": " + summary(catalog, SHARPS),
            "The hospital's rule " + HAND_HYGIENE_TARGET.name() + " reads the audit result attached as a host fact:",
            "April: " + wards(hospital)));
    story.explain(story.steps().get(0).report(), HAND_HYGIENE);

    hospital = hospital.withHostFact(AUDIT, new HandHygieneAudit(YearMonth.of(2026, 5), Map.of("4A", 93, "4B", 84, "ICU", 96)));
    Step belowTarget =
        story.step("May's audit: ward 4B below target", hospital, day("2026-06-03"), List.of("May: " + wards(hospital)));
    story.explain(belowTarget.report(), HAND_HYGIENE);

    hospital = hospital.withHostFact(AUDIT, new HandHygieneAudit(YearMonth.of(2026, 6), Map.of("4A", 95, "4B", 92, "ICU", 97)));
    story.step(
        "June's audit: every ward on target again",
        hospital,
        day("2026-07-02"),
        List.of("June: " + wards(hospital) + " (after daily hand-hygiene prompts on ward 4B)"));

    List<ConformityHistory.Point> points = new ArrayList<>();
    for (Step s : story.steps().subList(0, belowTarget.number())) {
      YearMonth audited = s.system().hostFact(AUDIT).orElseThrow().month();
      points.add(new ConformityHistory.Point(audited, s.asOf(), s.report().overall(), 0, 0));
    }
    Path dir = directory.resolve("hospital");
    List<Path> files =
        List.of(
            Output.writeSystem(json(), hospital, dir.resolve("hospital.json")),
            Output.writeHtml(
                Report.builder("St Brigid's Hospital: infection prevention and control, " + belowTarget.system().hostFact(AUDIT).orElseThrow().month())
                    .conformity(belowTarget.system(), belowTarget.report())
                    .history(ConformityHistory.of(points))
                    .readiness(belowTarget.system(), belowTarget.readiness())
                    .build(),
                dir.resolve("hand-hygiene-below-target.html")));
    return new Outcome(story.steps(), catalog, engine, belowTarget, files);
  }

  /**
   * ISO 7101 extended with the hospital's three infection prevention and control requirements.
   *
   * @return the derived catalog, whose lineage names ISO 7101
   */
  public static Catalog catalog() {
    return StandardCatalogs.iso7101().extend()
        .id(CATALOG)
        .title("ISO 7101:2023 with St Brigid's infection prevention and control requirements")
        .addRequirement(
            "8.1",
            Requirement.builder()
                .id(CENTRAL_LINES)
                .summary("Central lines are checked daily against the insertion and maintenance bundle.")
                .addExpectedEvidence(EvidenceKind.RECORD)
                .build())
        .addRequirement(
            "8.1",
            Requirement.builder()
                .id(HAND_HYGIENE)
                .summary("Hand-hygiene compliance is audited monthly on every ward and reaches at least 90%.")
                .addExpectedEvidence(EvidenceKind.PROCEDURE, EvidenceKind.RECORD)
                .build())
        .addRequirement(
            "8.3",
            Requirement.builder()
                .id(SHARPS)
                .summary("Sharps containers are closed at three-quarters full and collected within 24 hours.")
                .addExpectedEvidence(EvidenceKind.RECORD)
                .build())
        .build();
  }

  private static String summary(Catalog catalog, RequirementId id) {
    return catalog.requirement(id).orElseThrow().requirement().summary();
  }

  private static String wards(QualitySystem hospital) {
    return hospital.hostFact(AUDIT).orElseThrow().wards().entrySet().stream()
        .map(w -> String.format(Locale.ROOT, "%s %d%%", w.getKey(), w.getValue()))
        .collect(Collectors.joining(", "));
  }
}
