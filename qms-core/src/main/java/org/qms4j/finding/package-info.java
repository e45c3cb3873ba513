/** What audits found against requirements: nonconformities, observations, improvements. */
@NullMarked
package org.qms4j.finding;

import org.jspecify.annotations.NullMarked;
