/**
 * Readiness for the certification audit: as of an instant, per catalog, what stands between a
 * quality system and its certification audit, as {@linkplain org.qms4j.readiness.Blocker blockers}
 * with stable codes, and for certified organisations what the next surveillance or recertification
 * audit needs and by when.
 *
 * <p>Start with {@link org.qms4j.readiness.ReadinessAssessment#of}.
 */
@NullMarked
package org.qms4j.readiness;

import org.jspecify.annotations.NullMarked;
