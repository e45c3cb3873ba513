package org.qms4j.conformity;

import java.util.List;
import java.util.function.Function;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.finding.Finding;

/**
 * Where the engine reads a requirement's own evidence and findings, each list sorted by id: a
 * snapshot, a session's registers, or the lists a result was judged on.
 */
interface FactSource {
  List<Evidence> evidenceFor(RequirementId id);

  List<Finding> findingsFor(RequirementId id);

  static FactSource of(
      Function<RequirementId, List<Evidence>> evidence,
      Function<RequirementId, List<Finding>> findings) {
    return new FactSource() {
      @Override
      public List<Evidence> evidenceFor(RequirementId id) {
        return evidence.apply(id);
      }

      @Override
      public List<Finding> findingsFor(RequirementId id) {
        return findings.apply(id);
      }
    };
  }
}
