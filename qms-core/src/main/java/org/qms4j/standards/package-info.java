/**
 * The catalogs qms4j ships: ISO 9001:2015, ISO 13485:2016, ISO 7101:2023 and the FDA's QMSR, with
 * the mapping sets between them. Start with {@link org.qms4j.standards.StandardCatalogs}.
 */
@NullMarked
package org.qms4j.standards;

import org.jspecify.annotations.NullMarked;
