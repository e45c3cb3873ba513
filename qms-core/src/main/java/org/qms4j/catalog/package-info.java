/**
 * Catalogs: a standard or a local rule set as a tree of clauses holding requirements, written in
 * code with builders and extended by deriving new catalogs.
 */
@NullMarked
package org.qms4j.catalog;

import org.jspecify.annotations.NullMarked;
