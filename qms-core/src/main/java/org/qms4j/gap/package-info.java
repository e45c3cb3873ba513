/**
 * Gap analysis: every applicable requirement a conformity report finds not conforming, in the
 * order to work on them, with totals per clause and per catalog and what changed since an earlier
 * analysis.
 *
 * <p>Start with {@link org.qms4j.gap.GapAnalysis#of}.
 */
@NullMarked
package org.qms4j.gap;

import org.jspecify.annotations.NullMarked;
