/** Corrective actions (CAPA): their lifecycle, gates, deadlines and history. */
@NullMarked
package org.qms4j.capa;

import org.jspecify.annotations.NullMarked;
