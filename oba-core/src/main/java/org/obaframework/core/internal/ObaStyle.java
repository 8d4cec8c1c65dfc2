package org.obaframework.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.obaframework.core.MissingValueException;

/**
 * The Immutables style of every oba value type: a public abstract type with a hidden,
 * package-private generated implementation. Source retention keeps Immutables out of the class
 * files, so consumers never need it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibilityString = "PACKAGE",
    overshadowImplementation = true,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = false),
    redactedMask = "***",
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = MissingValueException.class)
public @interface ObaStyle {}
