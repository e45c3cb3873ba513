/** Audits and audit programmes; for now the identifier that findings refer to. */
@NullMarked
package org.qms4j.audit;

import org.jspecify.annotations.NullMarked;
