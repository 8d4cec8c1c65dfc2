/**
 * The root of oba-core: the exception family and the problems it reports.
 *
 * <p>Entry points: {@link org.obaframework.core.ValidationException} and its {@link
 * org.obaframework.core.Problem}s (each with its {@link org.obaframework.core.Item}, field path,
 * {@link org.obaframework.core.ProblemType} and {@link org.obaframework.core.Problem.Position});
 * {@link org.obaframework.core.Redaction}, the one rule for what a message may show of a value.
 *
 * <p>Null policy: no method of oba accepts or returns {@code null}; an absent value is an
 * {@link java.util.Optional} or an empty collection. Exception policy: every failure of oba is an
 * unchecked {@link org.obaframework.core.ObaException}; bad definitions and bad records raise a
 * {@link org.obaframework.core.ValidationException} that lists every {@link
 * org.obaframework.core.Problem} found, each naming where it is, which field, what was expected and
 * what was found.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.core;
