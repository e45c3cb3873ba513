/** Risks and opportunities: their rating on the host's scale, the actions taken and their periodic review. */
@NullMarked
package org.qms4j.risk;

import org.jspecify.annotations.NullMarked;
