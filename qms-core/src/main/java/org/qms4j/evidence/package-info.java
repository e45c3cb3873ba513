/** Objective evidence that requirements are met: documents, records, observations, interviews. */
@NullMarked
package org.qms4j.evidence;

import org.jspecify.annotations.NullMarked;
