/** The quality system: the aggregate root holding scope, catalogs, exclusions and registers. */
@NullMarked
package org.qms4j.system;

import org.jspecify.annotations.NullMarked;
