/** Audits: their kind, scope, team, dates and status. The programme over them is {@code org.qms4j.programme}. */
@NullMarked
package org.qms4j.audit;

import org.jspecify.annotations.NullMarked;
