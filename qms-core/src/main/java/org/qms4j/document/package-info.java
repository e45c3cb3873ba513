/** Controlled documents: versions drafted, reviewed, approved, made effective and made obsolete. */
@NullMarked
package org.qms4j.document;

import org.jspecify.annotations.NullMarked;
