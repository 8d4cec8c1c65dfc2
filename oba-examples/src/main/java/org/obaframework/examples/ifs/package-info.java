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
 * percent. Null is never accepted or returned; failures are {@link
 * org.obaframework.core.ObaException}s.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples.ifs;
