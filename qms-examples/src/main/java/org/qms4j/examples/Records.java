package org.qms4j.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qms4j.catalog.Catalog;
import org.qms4j.catalog.CatalogId;
import org.qms4j.catalog.EvidenceKind;
import org.qms4j.catalog.LocatedRequirement;
import org.qms4j.catalog.RequirementId;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.evidence.Evidence;
import org.qms4j.evidence.EvidenceId;
import org.qms4j.evidence.EvidenceStatus;
import org.qms4j.system.QualitySystem;

/** Small helpers the three stories share: dates, and the evidence an organisation files. */
final class Records {
  private Records() {}

  /** Nine in the morning, UTC, of an ISO date such as {@code 2026-01-12}. */
  static Instant day(String isoDate) {
    return LocalDate.parse(isoDate).atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  /** The date of an instant, UTC. */
  static LocalDate date(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** One accepted evidence item, effective when collected. */
  static Evidence evidence(
      String id, Set<RequirementId> requirements, EvidenceKind kind, Instant at, String owner, String reference) {
    return Evidence.builder()
        .id(EvidenceId.of(id))
        .requirements(requirements)
        .kind(kind)
        .status(EvidenceStatus.ACCEPTED)
        .collectedAt(at)
        .effectiveFrom(at)
        .owner(owner)
        .reference(reference)
        .build();
  }

  /** One accepted evidence item resting on a controlled document's version. */
  static Evidence onDocument(
      String id, Set<RequirementId> requirements, EvidenceKind kind, Instant at, String owner, String reference, DocumentVersionRef document) {
    return Evidence.builder().from(evidence(id, requirements, kind, at, owner, reference)).document(document).build();
  }

  /**
   * What a team files when it implements a clause: for each applicable requirement under the
   * clause, one accepted item of each expected kind the requirement does not yet have valid
   * evidence of (one record where no kind is named). The items are named after the requirement
   * and the kind ({@code ev:iso-9001:2015/8.5.1:record}).
   */
  static QualitySystem implement(QualitySystem system, CatalogId catalog, String clause, Instant at, String owner, String site) {
    Catalog c = system.catalog(catalog).orElseThrow(() -> new IllegalArgumentException("no catalog " + catalog));
    return implement(system, c.requirementsUnder(clause), at, owner, site);
  }

  /** {@link #implement(QualitySystem, CatalogId, String, Instant, String, String)} for every clause of a catalog. */
  static QualitySystem implementAll(QualitySystem system, CatalogId catalog, Instant at, String owner, String site) {
    Catalog c = system.catalog(catalog).orElseThrow(() -> new IllegalArgumentException("no catalog " + catalog));
    return implement(system, c.requirements(), at, owner, site);
  }

  /** What a team files for the given requirements (see the clause variant). */
  static QualitySystem implement(QualitySystem system, Collection<LocatedRequirement> requirements, Instant at, String owner, String site) {
    QualitySystem next = system;
    for (LocatedRequirement r : requirements) {
      if (system.exclusionFor(r.id()).isPresent()) {
        continue;
      }
      Set<EvidenceKind> wanted =
          r.requirement().expectedEvidence().isEmpty() ? EnumSet.of(EvidenceKind.RECORD) : EnumSet.copyOf(r.requirement().expectedEvidence());
      for (Evidence e : next.evidenceFor(r.id())) {
        if (e.isValidAt(at)) {
          wanted.remove(e.kind());
        }
      }
      for (EvidenceKind kind : wanted) {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        next =
            next.withEvidence(
                evidence("ev:" + r.id().value() + ":" + name, Set.of(r.id()), kind, at, owner, site + r.id().value() + "/" + name));
      }
    }
    return next;
  }

  /** The requirements of a catalog under the given top-level clauses. */
  static List<RequirementId> under(Catalog catalog, String... clauses) {
    List<RequirementId> ids = new ArrayList<>();
    for (String clause : clauses) {
      catalog.requirementsUnder(clause).forEach(r -> ids.add(r.id()));
    }
    return ids;
  }

  /** {@code 1 working day}, {@code 3 working days}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
