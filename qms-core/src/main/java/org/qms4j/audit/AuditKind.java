package org.qms4j.audit;

/** What kind of audit it is: the organisation's own, of a supplier, or by a certification body. */
public enum AuditKind {
  /** An internal audit (ISO 9001 9.2, ISO 13485 8.2.4, ISO 7101 9.2). */
  INTERNAL,
  /** An audit of a supplier. */
  SUPPLIER,
  /** Stage 1 of an initial certification audit: readiness and documentation. */
  STAGE_1,
  /** Stage 2 of an initial certification audit: implementation and effectiveness. */
  STAGE_2,
  /** A surveillance audit by the certification body during the certificate's cycle. */
  SURVEILLANCE,
  /** A recertification audit before the certificate expires. */
  RECERTIFICATION
}
