/**
 * The conformity rule engine: is each requirement met as of an instant, and why.
 *
 * <p>Start with {@link org.qms4j.conformity.ConformityEngine}; its Javadoc holds the default
 * decision table.
 */
@NullMarked
package org.qms4j.conformity;

import org.jspecify.annotations.NullMarked;
