/**
 * The Intensive Family Support (IFS) example: the acceptance case of oba's seed deck, as an
 * outcomes framework ({@link org.obaframework.examples.ifs.IfsFramework}), computable measures
 * ({@link org.obaframework.examples.ifs.IfsMeasures}), a seeded generator of <b>synthetic</b>
 * family- and child-level records ({@link org.obaframework.examples.ifs.IfsDataGenerator}), the
 * embedded data ({@link org.obaframework.examples.ifs.IfsData}), and two runnable reports
 * ({@link org.obaframework.examples.ifs.IfsReport}, {@link
 * org.obaframework.examples.ifs.CrosswalkExample}).
 *
 * <p>The records are invented: no real family, child or local authority is described. They are
 * built so that oba's own computation reproduces the figures of the seed deck to the whole
 * percent. Null is never accepted or returned. A definition or record that breaks oba's rules
 * fails with an {@link org.obaframework.core.ObaException}; an embedded resource that cannot be
 * read, or a file that cannot be written, with an {@link java.io.UncheckedIOException}; the
 * generator's check of its own plan with an {@link IllegalStateException}, which would be a bug.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples.ifs;
