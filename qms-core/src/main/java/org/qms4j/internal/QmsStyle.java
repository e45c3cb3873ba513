package org.qms4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.qms4j.InvalidModelException;

/**
 * The one Immutables style of qms4j: JDK collections only, public builders with a public
 * constructor (so that frameworks can instantiate them), no annotations copied from the classpath,
 * and our own exception when a required attribute is missing.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    builder = "new",
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = InvalidModelException.class,
    defaults = @Value.Immutable(copy = true))
public @interface QmsStyle {}
