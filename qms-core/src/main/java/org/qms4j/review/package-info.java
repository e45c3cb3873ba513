/** Management reviews: the inputs presented to top management, the decisions taken, and when the next review is due. */
@NullMarked
package org.qms4j.review;

import org.jspecify.annotations.NullMarked;
