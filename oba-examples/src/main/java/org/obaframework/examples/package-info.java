/**
 * Examples of oba, each runnable with a {@code main} method and run by a test.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples;
