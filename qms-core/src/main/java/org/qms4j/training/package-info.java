/** Roles, the competence they require and the training that gives it (ISO 9001 7.2, ISO 13485 6.2). */
@NullMarked
package org.qms4j.training;

import org.jspecify.annotations.NullMarked;
