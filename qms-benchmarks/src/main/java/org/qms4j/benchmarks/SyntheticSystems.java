package org.qms4j.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import org.qms4j.audit.Audit;
import org.qms4j.audit.AuditId;
import org.qms4j.audit.AuditKind;
import org.qms4j.capa.CorrectiveAction;
import org.qms4j.capa.CorrectiveActionId;
import org.qms4j.history.By;
import org.qms4j.people.PersonId;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.Clause;
import org.qms4j.catalog.ImmutableCatalog;
import org.qms4j.catalog.ImmutableClause;
import org.qms4j.catalog.ImmutableRequirement;
import org.qms4j.catalog.ClauseRef;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.ExclusionRule;
import org.qms4j.catalog.Requirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.finding.Finding;
import org.qms4j.finding.FindingGrade;
import org.qms4j.finding.FindingId;
import org.qms4j.system.Exclusion;
import org.qms4j.system.QualitySystem;

/**
 * Seeded generator of synthetic quality systems with realistic shapes. The same size and seed give
 * an equal system every time.
 *
 * <ul>
 *   <li>Catalogs of at most 4,000 requirements, each a three-level clause tree (top clauses 4 to
 *       10, like the harmonized structure), requirements in the third level, 3 to 5 per clause.
 *   <li>Requirements expect no kind (15%), one kind (50%) or two kinds (35%); 8% may be excluded;
 *       one clause per catalog is wholly excludable and is excluded, and a few more requirements
 *       are excluded one by one.
 *   <li>Evidence goes to requirements in proportion to an exponential weight (4% of requirements
 *       are neglected and get none), so some requirements have many items and some few or none.
 *       85% of items are of a kind the requirement expects; 5% support two requirements. Statuses:
 *       82% accepted, 6% superseded, 6% draft, 6% rejected. Collected up to three years before the
 *       evaluation instant (1% after it); 4% not yet effective; 35% expire, some already have.
 *       30% carry a content hash. Owners are a dozen roles (shared strings); every item has its
 *       own URI reference.
 *   <li>Findings of all four grades (10% major, 35% minor, 30% observations, 25% opportunities
 *       for improvement), raised up to two years before the instant (2% after it); 55% closed,
 *       some only after the instant; 3% raised against two requirements.
 *   <li>No mappings.
 * </ul>
 *
 * <p>Evidence and findings refer to the catalogs' own {@link RequirementId} instances, as a host
 * that resolves references against its catalogs would.
 */
public final class SyntheticSystems {
  /** The instant every benchmark evaluates as of. */
  public static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");

  /**
   * The engine the benchmarks run: the default table with no corrective-action deadlines, so that
   * row 3 runs but never fires and qms4j judges exactly what the hand-written passes and the Drools
   * model judge (rows 1, 2 and 4 to 8). Closed nonconformities carry the verified corrective action
   * the system asks for.
   *
   * @return a new engine
   */
  public static org.qms4j.conformity.ConformityEngine engine() {
    return org.qms4j.conformity.ConformityEngine.builder().deadlinePolicy(org.qms4j.capa.DeadlinePolicy.builder().build()).build();
  }

  private static final long DAY = Duration.ofDays(1).getSeconds();
  private static final int REQUIREMENTS_PER_CATALOG = 4_000;
  private static final EvidenceKind[] KINDS = EvidenceKind.values();
  /** Kinds requirements expect, the common ones more often. */
  private static final EvidenceKind[] EXPECTED =
      {
        EvidenceKind.PROCEDURE, EvidenceKind.PROCEDURE, EvidenceKind.RECORD, EvidenceKind.RECORD,
        EvidenceKind.RECORD, EvidenceKind.DOCUMENT, EvidenceKind.DOCUMENT, EvidenceKind.TRAINING_RECORD,
        EvidenceKind.TEST_REPORT, EvidenceKind.OBSERVATION, EvidenceKind.INTERVIEW
      };
  private static final String[] OWNERS = {
    "Quality manager", "Head of nursing", "Medical director", "Lab manager", "Pharmacy lead",
    "Training coordinator", "Document controller", "Facilities manager", "IT security officer",
    "Patient safety officer", "Risk manager", "Procurement lead"
  };

  private SyntheticSystems() {}

  /**
   * Generates a system of a standard size.
   *
   * @param size the size, not null
   * @param seed the seed
   * @return the system
   */
  public static QualitySystem generate(Size size, long seed) {
    return generate(size.requirements, size.evidence, size.findings, seed);
  }

  /**
   * Generates a system.
   *
   * @param requirements how many requirements, at least 1
   * @param evidence how many evidence items
   * @param findings how many findings
   * @param seed the seed
   * @return the system
   */
  public static QualitySystem generate(int requirements, int evidence, int findings, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    QualitySystem.Builder system =
        QualitySystem.builder()
            .organisation("Synthetic Health " + seed)
            .scope("All sites, services and devices of the synthetic organisation");

    int catalogs = (requirements + REQUIREMENTS_PER_CATALOG - 1) / REQUIREMENTS_PER_CATALOG;
    List<RequirementId> ids = new ArrayList<>(requirements);
    List<Requirement> reqs = new ArrayList<>(requirements);
    for (int c = 0; c < catalogs; c++) {
      int from = (int) ((long) requirements * c / catalogs);
      int to = (int) ((long) requirements * (c + 1) / catalogs);
      catalog(c, to - from, rnd, system, ids, reqs);
    }

    // evidence goes to requirements in proportion to an exponential weight
    double[] cumulative = new double[requirements];
    double sum = 0;
    for (int i = 0; i < requirements; i++) {
      double w = rnd.nextDouble() < 0.04 ? 0 : -Math.log(1 - rnd.nextDouble());
      sum += w;
      cumulative[i] = sum;
    }
    long asOf = AS_OF.getEpochSecond();
    List<Evidence> items = new ArrayList<>(evidence);
    for (int i = 0; i < evidence; i++) {
      int r = pick(cumulative, rnd);
      Requirement req = reqs.get(r);
      var b = Evidence.builder().id(EvidenceId.of("EV-" + i)).addRequirement(ids.get(r));
      if (rnd.nextDouble() < 0.05) {
        int other = pick(cumulative, rnd);
        if (other != r) {
          b.addRequirement(ids.get(other));
        }
      }
      EvidenceKind kind;
      if (!req.expectedEvidence().isEmpty() && rnd.nextDouble() < 0.85) {
        int k = rnd.nextInt(req.expectedEvidence().size());
        kind = req.expectedEvidence().stream().skip(k).findFirst().orElseThrow();
      } else {
        kind = KINDS[rnd.nextInt(KINDS.length)];
      }
      double s = rnd.nextDouble();
      EvidenceStatus status =
          s < 0.82
              ? EvidenceStatus.ACCEPTED
              : s < 0.88 ? EvidenceStatus.SUPERSEDED : s < 0.94 ? EvidenceStatus.DRAFT : EvidenceStatus.REJECTED;
      long collected =
          rnd.nextDouble() < 0.01
              ? asOf + DAY + rnd.nextLong(60 * DAY)
              : asOf - rnd.nextLong(3 * 365 * DAY);
      long effective =
          rnd.nextDouble() < 0.04
              ? asOf + DAY + rnd.nextLong(90 * DAY)
              : collected - rnd.nextLong(30 * DAY);
      b.kind(kind)
          .status(status)
          .collectedAt(Instant.ofEpochSecond(collected))
          .effectiveFrom(Instant.ofEpochSecond(effective))
          .owner(OWNERS[rnd.nextInt(OWNERS.length)])
          .reference("https://dms.example.org/records/EV-" + i);
      if (rnd.nextDouble() < 0.35) {
        b.expiresAt(Instant.ofEpochSecond(effective + 180 * DAY + rnd.nextLong(3 * 365 * DAY)));
      }
      if (rnd.nextDouble() < 0.30) {
        b.contentHash(hash(rnd));
      }
      items.add(b.build());
    }
    system.addAllEvidence(items);
    items = null;

    int audits = Math.max(1, findings / 20);
    List<Finding> found = new ArrayList<>(findings);
    for (int j = 0; j < findings; j++) {
      int r = rnd.nextInt(requirements);
      var b = Finding.builder().id(FindingId.of("F-" + j)).addRequirement(ids.get(r));
      if (rnd.nextDouble() < 0.03) {
        b.addRequirement(ids.get(rnd.nextInt(requirements)));
      }
      double g = rnd.nextDouble();
      FindingGrade grade =
          g < 0.10
              ? FindingGrade.MAJOR_NONCONFORMITY
              : g < 0.45
                  ? FindingGrade.MINOR_NONCONFORMITY
                  : g < 0.75 ? FindingGrade.OBSERVATION : FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT;
      long raised =
          rnd.nextDouble() < 0.02 ? asOf + DAY + rnd.nextLong(60 * DAY) : asOf - rnd.nextLong(2 * 365 * DAY);
      b.grade(grade)
          .statement("Finding F-" + j + ": practice at the audited site departs from the documented procedure.")
          .objectiveEvidence("Seen during audit AUD-" + (j % audits) + ": records sampled at random, item " + j + ".")
          .raisedAt(Instant.ofEpochSecond(raised))
          .audit(AuditId.of("AUD-" + (j % audits)));
      if (rnd.nextDouble() < 0.55) {
        long closed = raised + DAY + rnd.nextLong(240 * DAY);
        b.closedAt(Instant.ofEpochSecond(closed));
        if (grade.isNonconformity()) {
          system.addCorrectiveAction(closingAction(j, raised, closed));
        }
      }
      found.add(b.build());
    }
    system.addAllFindings(found);
    ClauseRef scope = ClauseRef.of(CatalogId.of("bench-0:2026"), "4");
    for (int a = 0; a < audits; a++) {
      Instant start = AS_OF.minus(Duration.ofDays(700 - a % 700));
      system.addAudit(
          Audit.builder()
              .id(AuditId.of("AUD-" + a))
              .kind(AuditKind.INTERNAL)
              .title("Internal audit " + a)
              .addScope(scope)
              .leadAuditor(AUDITOR)
              .plannedStart(start)
              .plannedEnd(start.plus(Duration.ofDays(1)))
              .build());
    }
    return system.build();
  }

  private static final PersonId QUALITY = PersonId.of("quality.lead");
  private static final PersonId OWNER = PersonId.of("process.owner");
  private static final PersonId AUDITOR = PersonId.of("internal.auditor");

  /** The corrective action that lets nonconformity {@code F-j} close: verified by the closing instant. */
  private static CorrectiveAction closingAction(int j, long raised, long closed) {
    long gap = (closed - raised) / 6;
    Instant t = Instant.ofEpochSecond(raised);
    return CorrectiveAction.open(CorrectiveActionId.of("CA-" + j), "Answer F-" + j, Set.of(FindingId.of("F-" + j)), By.of(QUALITY, t))
        .recordCorrection("Contained at the site.", By.of(OWNER, t = t.plusSeconds(gap)))
        .identifyRootCause("Procedure not followed.", By.of(QUALITY, t = t.plusSeconds(gap)))
        .plan("Retrain and re-audit.", OWNER, t.plusSeconds(4 * gap), By.of(QUALITY, t = t.plusSeconds(gap)))
        .implement(Set.of(EvidenceId.of("EV-0")), By.of(OWNER, t = t.plusSeconds(gap)))
        .verifyEffectiveness(Set.of(EvidenceId.of("EV-1")), By.of(AUDITOR, t.plusSeconds(gap)));
  }

  private static void catalog(
      int c,
      int count,
      SplittableRandom rnd,
      QualitySystem.Builder system,
      List<RequirementId> ids,
      List<Requirement> reqs) {
    CatalogId catalogId = CatalogId.of("bench-" + c + ":2026");
    int leavesWanted = Math.max(1, (count + 3) / 4);
    int branching = Math.max(1, (int) Math.ceil(Math.sqrt(leavesWanted / 7.0)));
    int leaves = 7 * branching * branching;
    int excludedLeaf = leaves / 2;
    ImmutableCatalog.Builder catalog =
        Catalog.builder()
            .id(catalogId)
            .title("Synthetic catalog " + c)
            .edition("2026")
            .publisher("qms4j benchmarks");
    int next = 0;
    int leaf = 0;
    String excludedClause = null;
    for (int top = 0; top < 7; top++) {
      String t = Integer.toString(4 + top);
      ImmutableClause.Builder topClause = Clause.builder().number(t).title("Clause " + t);
      for (int s = 1; s <= branching; s++) {
        String sn = t + "." + s;
        ImmutableClause.Builder second = Clause.builder().number(sn).title("Clause " + sn);
        for (int u = 1; u <= branching; u++) {
          String un = sn + "." + u;
          ImmutableClause.Builder third = Clause.builder().number(un).title("Clause " + un);
          int upTo = (int) ((long) count * (leaf + 1) / leaves);
          boolean excludable = leaf == excludedLeaf && upTo > next;
          if (excludable) {
            excludedClause = un;
          }
          for (int k = 0; next < upTo; k++, next++) {
            RequirementId id = RequirementId.of(catalogId.value() + "/" + un + "-r" + k);
            ImmutableRequirement.Builder r =
                Requirement.builder()
                    .id(id)
                    .summary("Synthetic requirement " + k + " of clause " + un + " is met and recorded.");
            double e = rnd.nextDouble();
            if (e >= 0.15) {
              EvidenceKind first = EXPECTED[rnd.nextInt(EXPECTED.length)];
              r.addExpectedEvidence(first);
              if (e >= 0.65) {
                EvidenceKind second2;
                do {
                  second2 = EXPECTED[rnd.nextInt(EXPECTED.length)];
                } while (second2 == first);
                r.addExpectedEvidence(second2);
              }
            }
            boolean permitted = excludable || rnd.nextDouble() < 0.08;
            if (permitted) {
              r.exclusionRule(
                  excludable ? ExclusionRule.ACTIVITY_NOT_PERFORMED : ExclusionRule.NO_EFFECT_ON_CONFORMITY);
              if (!excludable && rnd.nextDouble() < 0.06) {
                system.addExclusion(
                    Exclusion.ofRequirement(id, "Not applicable to the synthetic organisation's services."));
              }
            }
            Requirement built = r.build();
            ids.add(id);
            reqs.add(built);
            third.addRequirement(built);
          }
          second.addSubClause(third.build());
          leaf++;
        }
        topClause.addSubClause(second.build());
      }
      catalog.addClause(topClause.build());
    }
    system.addCatalog(catalog.build());
    if (excludedClause != null) {
      system.addExclusion(
          Exclusion.ofClause(
              ClauseRef.of(catalogId, excludedClause), "The organisation does not carry out this activity."));
    }
  }

  private static int pick(double[] cumulative, SplittableRandom rnd) {
    double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static String hash(SplittableRandom rnd) {
    StringBuilder s = new StringBuilder("sha256:");
    for (int i = 0; i < 4; i++) {
      String h = Long.toHexString(rnd.nextLong());
      s.append("0".repeat(16 - h.length())).append(h);
    }
    return s.toString();
  }
}
