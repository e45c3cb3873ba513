package org.qms4j.conformity;

import java.time.Instant;
import java.util.Optional;
import org.qms4j.document.ControlledDocument;
import org.qms4j.document.DocumentVersionRef;
import org.qms4j.evidence.Evidence;
import org.qms4j.system.QualitySystem;
import org.qms4j.system.Registers;

/** Whether evidence rests on a document version that is obsolete at an instant. */
final class Documents {
  private Documents() {}

  static boolean onObsoleteVersion(Evidence e, QualitySystem system, Instant asOf) {
    Optional<DocumentVersionRef> ref = e.document();
    if (ref.isEmpty()) {
      return false;
    }
    Optional<ControlledDocument> d = system.register(Registers.DOCUMENTS).get(ref.get().document());
    if (d.isEmpty()) {
      return false;
    }
    Optional<Instant> obsolete = d.get().obsoleteFrom(ref.get().version());
    return obsolete.isPresent() && !asOf.isBefore(obsolete.get());
  }

  /** Accepted and in effect at the instant, and not resting on an obsolete document version. */
  static boolean counts(Evidence e, QualitySystem system, Instant asOf) {
    return e.isValidAt(asOf) && !onObsoleteVersion(e, system, asOf);
  }
}
