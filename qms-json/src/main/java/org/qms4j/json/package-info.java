/**
 * Reads and writes the qms4j model as JSON: {@link org.qms4j.json.QmsJson} for the common case,
 * {@link org.qms4j.json.QmsJsonModule} for hosts with their own Jackson mapper.
 */
@NullMarked
package org.qms4j.json;

import org.jspecify.annotations.NullMarked;
