/**
 * Reports for people: {@link org.qms4j.report.Report} renders a quality system's conformity, its
 * history ({@link org.qms4j.report.ConformityHistory}), competence, gap analysis, implementation
 * plan and readiness as Markdown or as one self-contained HTML page with inline SVG charts.
 *
 * <p>The package performs no I/O and reads no clock; the host writes the returned text where it
 * wants.
 */
@NullMarked
package org.qms4j.report;

import org.jspecify.annotations.NullMarked;
