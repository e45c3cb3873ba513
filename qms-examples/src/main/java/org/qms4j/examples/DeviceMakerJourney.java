package org.qms4j.examples;

import static org.qms4j.examples.Records.day;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.conformity.ConformityEngine;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.gap.Gap;
import org.qms4j.people.Person;
import org.qms4j.people.PersonId;
import org.qms4j.report.Report;
import org.qms4j.standards.StandardCatalogs;
import org.qms4j.system.Exclusion;
import org.qms4j.system.InvalidSystemException;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;
import org.qms4j.system.StatementOfApplicability;
import org.qms4j.system.SystemProblem;

/**
 * A contract manufacturer of class I surgical instruments under ISO 13485 and the FDA's QMSR:
 * design and development is excluded where the catalogs permit it (ISO 13485 7.3, QMSR 820.10(c)),
 * with a justification, and an exclusion the catalog does not permit is refused. The maker then
 * holds ISO 9001 beside its 13485 system with the shipped mapping sets: its 13485 evidence counts
 * for ISO 9001 (in full where the 13485 requirement covers the 9001 one, as partial evidence
 * where they only intersect), and so does a nonconformity found against ISO 13485.
 *
 * <pre>
 * ./mvnw -q -pl qms-examples -am compile exec:java -Dexec.mainClass=org.qms4j.examples.DeviceMakerJourney
 * </pre>
 */
public final class DeviceMakerJourney {
  static final CatalogId ISO_13485 = StandardCatalogs.ISO_13485;
  static final CatalogId QMSR = StandardCatalogs.QMSR;
  static final CatalogId ISO_9001 = StandardCatalogs.ISO_9001;

  static final PersonId OSEI = PersonId.of("k.osei");
  static final PersonId NOVAK = PersonId.of("s.novak");
  static final PersonId IYER = PersonId.of("p.iyer");

  static final AuditId INTERNAL_AUDIT = AuditId.of("IA-NB-2026-02");
  static final FindingId CALIBRATION = FindingId.of("F-NB-2026-07");

  /** ISO 9001 8.2.3.1, which ISO 13485 7.2.2 covers (SUPERSET). */
  static final RequirementId REVIEW_OF_REQUIREMENTS_9001 = RequirementId.of("iso-9001:2015/8.2.3.1");
  /** ISO 9001 7.5.1, which ISO 13485 4.2.1 only intersects. */
  static final RequirementId DOCUMENTED_INFORMATION_9001 = RequirementId.of("iso-9001:2015/7.5.1");
  /** ISO 9001 4.1, which no ISO 13485 requirement maps to. */
  static final RequirementId CONTEXT_9001 = RequirementId.of("iso-9001:2015/4.1");
  /** ISO 13485 7.6, monitoring and measuring equipment. */
  static final RequirementId MEASURING_EQUIPMENT_13485 = RequirementId.of("iso-13485:2016/7.6");
  /** ISO 9001 7.1.5.2, which ISO 13485 7.6 covers (SUPERSET). */
  static final RequirementId TRACEABILITY_9001 = RequirementId.of("iso-9001:2015/7.1.5.2");

  private static final String SITE = "https://qms.northbank-surgical.example/records/";

  private DeviceMakerJourney() {}

  /**
   * What the device maker's story produced.
   *
   * <p>Immutable and thread-safe.
   *
   * @param steps the steps in order
   * @param designExclusion the justified exclusion of ISO 13485 clause 7.3
   * @param refused the problem the system reported for an exclusion the catalog does not permit
   * @param mapped the step where ISO 9001 is judged through the mapping alone
   * @param finding the step after a nonconformity against ISO 13485 was raised
   * @param files the files written
   */
  public record Outcome(List<Step> steps, Exclusion designExclusion, SystemProblem refused, Step mapped, Step finding, List<Path> files) {
    /**
     * Creates an outcome.
     *
     * @param steps the steps, not null
     * @param designExclusion the design exclusion, not null
     * @param refused the refused exclusion's problem, not null
     * @param mapped the mapped step, not null
     * @param finding the finding step, not null
     * @param files the files, not null
     */
    public Outcome {
      steps = List.copyOf(steps);
      Objects.requireNonNull(designExclusion, "designExclusion");
      Objects.requireNonNull(refused, "refused");
      Objects.requireNonNull(mapped, "mapped");
      Objects.requireNonNull(finding, "finding");
      files = List.copyOf(files);
    }
  }

  /**
   * Runs the device maker's story alone (see {@link ClinicJourney#main} for where files go).
   *
   * @param args ignored
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(Journeys.outputDirectory(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the story: prints each step to {@code out} and writes the maker's files under {@code
   * directory/device-maker}.
   *
   * @param directory where the examples write their files, not null
   * @param out where the narrative goes, not null
   * @return the steps, the exclusions and the files written
   * @throws IOException if a file cannot be written
   */
  public static Outcome run(Path directory, PrintStream out) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Narrator story = new Narrator(Objects.requireNonNull(out, "out"), ConformityEngine.standard());
    story.title("2. Northbank Surgical: ISO 13485 and the QMSR, design excluded, mapped to ISO 9001");

    Exclusion design =
        Exclusion.ofClause(
            ClauseRef.of(ISO_13485, "7.3"),
            "Northbank makes class I reusable manual surgical instruments to its customers' designs and owns no design;"
                + " 21 CFR 820.10(c) does not require design controls for these devices, and each customer keeps the"
                + " design and development file (quality manual QM-NB section 1.3).");
    QualitySystem maker = start(design);

    // an exclusion the catalog does not permit is refused, with the reason
    Exclusion complaints =
        Exclusion.ofClause(ClauseRef.of(ISO_13485, "8.2.2"), "Our customers handle complaints about the instruments they sell.");
    SystemProblem refused;
    try {
      maker.withExclusion(complaints);
      throw new IllegalStateException("an exclusion of ISO 13485 8.2.2 was accepted");
    } catch (InvalidSystemException e) {
      refused = e.problems().get(0);
    }
    StatementOfApplicability soa = StatementOfApplicability.of(maker);
    long notApplicable =
        soa.entries().stream().filter(e -> e.applicability() == StatementOfApplicability.Applicability.NOT_APPLICABLE).count();
    story.step(
        "Scope and exclusions",
        maker,
        day("2026-03-02"),
        List.of(
            "Contract manufacturer of class I reusable manual surgical instruments, supplied non-sterile, built to customers' designs.",
            "Excluded: ISO 13485 7.3 design and development (" + rule(maker, "iso-13485:2016/7.3.1") + "), QMSR 820.10(c) ("
                + rule(maker, "fda-qmsr:2026/820.10(c)") + "), ISO 9001 8.3;",
            "and, as activities Northbank does not perform: installation, servicing, sterile devices and their sterilization,",
            "implantables, device tracking, HCT/Ps, expiry dating. The statement of applicability lists " + notApplicable + " clauses not applicable.",
            "Refused: excluding ISO 13485 8.2.2 complaint handling: " + refused.kind() + ", " + refused.message()));

    // ISO 13485 and the QMSR implemented
    maker = Records.implementAll(maker, ISO_13485, day("2026-05-29"), "QA/RA manager", SITE);
    maker = Records.implementAll(maker, QMSR, day("2026-05-29"), "QA/RA manager", SITE);
    Step mapped =
        story.step(
            "ISO 13485 and the QMSR implemented; ISO 9001 judged through the mapping",
            maker,
            day("2026-05-29"),
            List.of(
                "Evidence filed for every applicable ISO 13485 and QMSR requirement (" + maker.evidence().size() + " items), none for ISO 9001.",
                "The mapping set iso-13485-to-iso-9001 (ISO 13485 Annex B) carries it over:"));
    story.explain(mapped.report(), REVIEW_OF_REQUIREMENTS_9001);
    story.explain(mapped.report(), DOCUMENTED_INFORMATION_9001);
    story.explain(mapped.report(), CONTEXT_9001);

    story.gaps(mapped, 2);

    // ISO 9001's own gaps closed: only what the mapping does not carry
    List<LocatedRequirement> gaps = new ArrayList<>();
    for (Gap g : mapped.gaps().gaps()) {
      gaps.add(maker.requirement(g.requirement()).orElseThrow());
    }
    maker = Records.implement(maker, gaps, day("2026-06-30"), "QA/RA manager", SITE);
    story.step(
        "ISO 9001's own gaps closed",
        maker,
        day("2026-06-30"),
        List.of(
            "Evidence of ISO 9001's own filed for the " + gaps.size() + " requirements the mapping left partial or not assessed",
            "(context and interested parties, climate change, objectives planning, and those 13485 only intersects)."));

    // a nonconformity against ISO 13485 counts for ISO 9001 where the mapping covers it
    maker = internalAudit(maker);
    Step finding =
        story.step(
            "Internal audit IA-NB-2026-02 raises a major nonconformity against ISO 13485 7.6",
            maker,
            day("2026-09-18"),
            List.of(
                "MAJOR F-NB-2026-07: three torque gauges used for final inspection were 4 months past calibration.",
                "ISO 13485 7.6 covers ISO 9001 7.1.5.2 (SUPERSET), so the finding counts there too:"));
    story.explain(finding.report(), TRACEABILITY_9001);

    Path dir = directory.resolve("device-maker");
    List<Path> files =
        List.of(
            Output.writeSystem(maker, dir.resolve("device-maker.json")),
            Output.writeHtml(
                Report.builder("Northbank Surgical: ISO 9001 through the ISO 13485 mapping, " + Records.date(mapped.asOf()))
                    .conformity(mapped.system(), mapped.report())
                    .gapAnalysis(mapped.system(), mapped.gaps())
                    .readiness(mapped.system(), mapped.readiness())
                    .build(),
                dir.resolve("1-mapped.html")),
            Output.writeHtml(
                Report.builder("Northbank Surgical: internal audit IA-NB-2026-02, " + Records.date(finding.asOf()))
                    .conformity(finding.system(), finding.report())
                    .gapAnalysis(finding.system(), finding.gaps(), story.steps().get(2).gaps())
                    .readiness(finding.system(), finding.readiness())
                    .build(),
                dir.resolve("2-internal-audit.html")));
    return new Outcome(story.steps(), design, refused, mapped, finding, files);
  }

  static QualitySystem start(Exclusion design) {
    return QualitySystem.builder()
        .organisation("Northbank Surgical Ltd")
        .scope("Contract manufacture of class I reusable manual surgical instruments (retractors, forceps, scissors), supplied non-sterile")
        .addCatalog(StandardCatalogs.iso13485())
        .addCatalog(StandardCatalogs.qmsr())
        .addCatalog(StandardCatalogs.iso9001())
        .addMappingSet(StandardCatalogs.qmsrToIso13485())
        .addMappingSet(StandardCatalogs.iso13485ToIso9001())
        .addExclusion(design)
        .addExclusion(
            Exclusion.ofRequirement(
                RequirementId.of("fda-qmsr:2026/820.10(c)"),
                "Class I devices not listed in 820.10(c)(1) or table 1 to 820.10(c)(2): design controls are not required."))
        .addExclusion(
            Exclusion.ofClause(
                ClauseRef.of(ISO_9001, "8.3"),
                "Instruments are built to the customers' designs; Northbank's conformity does not depend on design and development."))
        .addExclusion(notPerformed(ClauseRef.of(ISO_13485, "7.5.3"), "Hand instruments need no installation."))
        .addExclusion(notPerformed(ClauseRef.of(ISO_13485, "7.5.4"), "Northbank does not service instruments; customers replace them."))
        .addExclusion(notPerformed(ClauseRef.of(ISO_13485, "7.5.5"), "Instruments are supplied non-sterile."))
        .addExclusion(notPerformed(ClauseRef.of(ISO_13485, "7.5.7"), "Instruments are supplied non-sterile; hospitals sterilise them."))
        .addExclusion(notPerformed(ClauseRef.of(ISO_13485, "7.5.9.2"), "No implantable devices are made."))
        .addExclusion(
            Exclusion.ofRequirement(RequirementId.of("fda-qmsr:2026/820.1(a)(4)"), "Northbank makes no HCT/Ps."))
        .addExclusion(
            Exclusion.ofRequirement(RequirementId.of("fda-qmsr:2026/820.10(b)(2)"), "No instrument is subject to a device-tracking order (part 821)."))
        .addExclusion(
            Exclusion.ofRequirement(RequirementId.of("fda-qmsr:2026/820.10(d)"), "No device supports or sustains life."))
        .addExclusion(
            Exclusion.ofClause(ClauseRef.of(QMSR, "820.35(b)"), "Northbank does not service instruments."))
        .addExclusion(
            Exclusion.ofRequirement(RequirementId.of("fda-qmsr:2026/820.45(a)(2)"), "Stainless-steel instruments carry no expiration date."))
        .add(Registers.PEOPLE, Person.of(OSEI, "Kwame Osei"))
        .add(Registers.PEOPLE, Person.of(NOVAK, "Sofia Novak"))
        .add(Registers.PEOPLE, Person.of(IYER, "Priya Iyer"))
        .build();
  }

  private static Exclusion notPerformed(ClauseRef clause, String why) {
    return Exclusion.ofClause(clause, why);
  }

  /** The exclusion rule of a requirement, as the catalog states it. */
  private static String rule(QualitySystem system, String requirement) {
    return system.requirement(RequirementId.of(requirement)).orElseThrow().requirement().exclusionRule().name();
  }

  static QualitySystem internalAudit(QualitySystem maker) {
    Instant start = day("2026-09-14");
    Instant end = day("2026-09-18");
    return maker
        .withAudit(
            Audit.builder()
                .id(INTERNAL_AUDIT)
                .kind(AuditKind.INTERNAL)
                .title("Internal audit: production, inspection and measuring equipment")
                .addScope(ClauseRef.of(ISO_13485, "7.5"), ClauseRef.of(ISO_13485, "7.6"), ClauseRef.of(ISO_13485, "8.2"))
                .leadAuditor(IYER)
                .plannedStart(start)
                .plannedEnd(end)
                .startedAt(start)
                .reportedAt(end)
                .build())
        .withFinding(
            Finding.builder()
                .id(CALIBRATION)
                .addRequirement(MEASURING_EQUIPMENT_13485)
                .grade(FindingGrade.MAJOR_NONCONFORMITY)
                .statement("Three torque gauges used for final inspection of ratchet instruments were four months past their calibration date.")
                .objectiveEvidence("Gauges TG-03, TG-05 and TG-06: calibration labels due May 2026; final inspection records of lots 2611 to 2648.")
                .raisedAt(end)
                .audit(INTERNAL_AUDIT)
                .build());
  }
}
