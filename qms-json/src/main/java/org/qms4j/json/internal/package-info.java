/** The codecs behind qms4j's JSON format; not part of the API. */
@NullMarked
package org.qms4j.json.internal;

import org.jspecify.annotations.NullMarked;
