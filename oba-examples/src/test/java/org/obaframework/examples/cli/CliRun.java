package org.obaframework.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * One in-process run of {@code oba}: its exit code and what it printed on standard output and
 * standard error.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exitCode, String out, String err) {
  /** Runs {@code oba} on the test data. */
  static CliRun oba(String... args) {
    return with(CliFixture::dataSet, args);
  }

  /** Runs {@code oba} with the given built-in data. */
  static CliRun with(Supplier<DataSet> data, String... args) {
    CommandLine line = Oba.commandLine(data);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
