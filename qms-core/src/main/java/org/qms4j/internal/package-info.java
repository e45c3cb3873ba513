/** Helpers shared by the qms4j packages; not exported, not API. */
@NullMarked
package org.qms4j.internal;

import org.jspecify.annotations.NullMarked;
