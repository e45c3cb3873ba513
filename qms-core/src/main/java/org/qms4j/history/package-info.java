/** Append-only, tamper-evident histories of events: who did what, when, why, and what the act means as a signature. */
@NullMarked
package org.qms4j.history;

import org.jspecify.annotations.NullMarked;
