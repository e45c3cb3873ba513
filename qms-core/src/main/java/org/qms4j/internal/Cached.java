package org.qms4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a private, non-final field of an immutable type that caches a value derived from its final
 * fields, computed on first use (the {@code String.hashCode} idiom): every thread that computes it
 * computes an equal value, so a race costs work, never correctness. The architecture tests allow
 * no other non-final field in an API type.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.CLASS)
public @interface Cached {}
