/**
 * Internals of oba-core. Not exported; nothing here is public API.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.core.internal;
