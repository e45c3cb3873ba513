package org.qms4j.conformity;

import java.util.List;
import org.qms4j.catalog.RequirementId;
import org.qms4j.evidence.Evidence;
import org.qms4j.finding.Finding;

/** Where the engine reads a requirement's own evidence and findings: a snapshot or a session. */
interface FactSource {
  List<Evidence> evidenceFor(RequirementId id);

  List<Finding> findingsFor(RequirementId id);
}
