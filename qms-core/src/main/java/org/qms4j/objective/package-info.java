/** Quality objectives and the indicators that measure them, with targets, trends and due measurements. */
@NullMarked
package org.qms4j.objective;

import org.jspecify.annotations.NullMarked;
