/** Certification by an external body: the certificate's cycle of stage audits, decision, surveillance, recertification, suspension and withdrawal. */
@NullMarked
package org.qms4j.certification;

import org.jspecify.annotations.NullMarked;
