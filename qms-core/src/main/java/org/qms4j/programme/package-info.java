/**
 * The audit programme: the audits of a quality system planned over a period, the independence of
 * their auditors from the processes they audit, and how well internal audits cover each catalog.
 */
@NullMarked
package org.qms4j.programme;

import org.jspecify.annotations.NullMarked;
