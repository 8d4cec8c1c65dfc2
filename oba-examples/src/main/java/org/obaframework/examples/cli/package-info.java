/**
 * The {@code oba} command-line tool, built with picocli on the exported API of oba-core and
 * oba-json: {@code oba report}, {@code validate}, {@code explain}, {@code curve} and {@code
 * export}. {@link org.obaframework.examples.cli.Oba} is the main class; its help lists the
 * commands, their options and the exit codes.
 *
 * <p>Every command reads a framework, records and measures from files, or, for any of them not
 * given, the built-in data. It never reads the clock: the as-of date is an option, by default the
 * end of the reporting period. Progress goes to standard error and never names a child or family.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples.cli;
