/** People who act in the quality system; for now the identifier that records and audits name. */
@NullMarked
package org.qms4j.people;

import org.jspecify.annotations.NullMarked;
