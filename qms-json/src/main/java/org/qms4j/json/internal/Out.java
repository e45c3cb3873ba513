package org.qms4j.json.internal;

import tools.jackson.core.JsonGenerator;

/**
 * Where values are written: a generator and the options.
 *
 * @param g the generator
 * @param options the options
 */
public record Out(JsonGenerator g, Options options) {}
