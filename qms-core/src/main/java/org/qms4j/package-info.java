/**
 * The roots shared by every qms4j package: the exception hierarchy.
 *
 * <p>Every public type of qms4j is null-marked: no method accepts or returns {@code null}; absent
 * values are {@link java.util.Optional} or empty collections.
 */
@NullMarked
package org.qms4j;

import org.jspecify.annotations.NullMarked;
