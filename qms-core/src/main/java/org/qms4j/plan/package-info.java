/**
 * The implementation plan: tasks that close the gaps of a gap analysis, with owners, efforts and
 * dependencies that follow the standards' logic ({@link org.qms4j.plan.PlanGenerator}), scheduled
 * over working calendars with the critical path, the load per person and week, levelling, progress
 * and slips ({@link org.qms4j.plan.Schedule}).
 */
@NullMarked
package org.qms4j.plan;

import org.jspecify.annotations.NullMarked;
