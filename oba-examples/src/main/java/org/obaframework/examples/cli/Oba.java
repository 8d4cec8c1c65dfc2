package org.obaframework.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.examples.ifs.IfsData;
import org.obaframework.examples.ifs.IfsMeasures;
import org.obaframework.json.ObaModule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code oba} command: report cards, validation, explanations of single decisions, curves and
 * tidy exports, from files or the built-in data.
 *
 * <pre>{@code
 * oba report --by local-authority --disclosure dfe
 * oba validate --framework framework.json --records records.ndjson --period 2025-26
 * oba explain IFS-F001 --measure IFS-STABLE-HOME
 * oba curve --measure IFS-STABLE-HOME --every month --history 6 --forecast 2
 * oba export ratings --out ratings.csv
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} success; {@value #INVALID_INPUT} invalid input (every problem is
 * printed); {@value #USAGE} usage error; {@value #IO_ERROR} a file cannot be read or written;
 * {@value #FAILURE} an unexpected failure, whose stack trace is printed.
 */
@Command(name = "oba", mixinStandardHelpOptions = true, versionProvider = Oba.Version.class,
    description = {"Outcomes Based Accountability for children's services: report cards, "
        + "validation, explanations, curves and tidy data, from an outcomes framework, "
        + "child- and family-level records and measures.",
        "",
        "Every command reads the framework, records and measures from files, or, for any not "
        + "given, the built-in Intensive Family Support data. No command reads the clock: the "
        + "as-of date defaults to the end of the reporting period."},
    subcommands = {ReportCommand.class, ValidateCommand.class, ExplainCommand.class,
        CurveCommand.class, ExportCommand.class, HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  oba report --by local-authority --disclosure dfe",
        "  oba validate --framework fw.json --records records.ndjson --period 2025-26",
        "  oba help report", "  oba help export changes", Oba.EXIT_CODES})
public final class Oba implements Callable<Integer> {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: invalid input, such as validation problems, all of which are printed. */
  public static final int INVALID_INPUT = 1;
  /** Exit code: a usage error, such as an unknown option or a malformed option value. */
  public static final int USAGE = 2;
  /** Exit code: a file cannot be read or written. */
  public static final int IO_ERROR = 3;
  /** Exit code: an unexpected failure (a bug), whose stack trace is printed. */
  public static final int FAILURE = 4;

  /** The exit codes, as every command's help ends. */
  static final String EXIT_CODES = "%nExit codes:%n"
      + "  0  success%n"
      + "  1  invalid input: every problem is printed (validation, unknown subject)%n"
      + "  2  usage error: unknown option, malformed or missing option value%n"
      + "  3  a file cannot be read or written (a stack trace only with --verbose)%n"
      + "  4  unexpected failure (a bug): the stack trace is printed";

  private final Supplier<DataSet> embedded;

  @Spec
  @Nullable CommandSpec spec;

  /**
   * Creates the command, with the data used for every input not given as a file.
   *
   * @param embedded supplies the built-in data; called at most once, when first needed
   */
  public Oba(Supplier<DataSet> embedded) {
    Objects.requireNonNull(embedded, "embedded");
    this.embedded = new Supplier<>() {
      private @Nullable DataSet data;

      @Override
      public synchronized DataSet get() {
        if (data == null) {
          data = Objects.requireNonNull(embedded.get(), "built-in data");
        }
        return data;
      }
    };
  }

  /** Returns the built-in data, loaded on first use. */
  Supplier<DataSet> embedded() {
    return embedded;
  }

  /**
   * Returns the {@code oba} command line: its commands, and the handlers that turn failures into
   * messages and exit codes. Tests run it in-process with {@link CommandLine#execute}, with
   * standard output and error set by {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @param embedded supplies the built-in data
   * @return the command line
   */
  public static CommandLine commandLine(Supplier<DataSet> embedded) {
    CommandLine line = new CommandLine(new Oba(embedded));
    line.setParameterExceptionHandler(Oba::usageError);
    line.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command));
    return line;
  }

  /**
   * Runs {@code oba} and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    int code;
    try {
      CommandLine line = commandLine(Oba::builtIn);
      // Standard output through its file descriptor, not System.out: a PrintStream swallows a
      // failure to write (a full disk, a closed pipe), which the PrintWriter then reports
      // through checkError(), and the command fails with exit code 3.
      line.setOut(new PrintWriter(new OutputStreamWriter(
          new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
      line.setErr(err);
      code = line.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // picocli handles exceptions only; left alone, the JVM would exit with 1, which means
      // invalid input here.
      err.println("oba: unexpected failure: " + e + (e instanceof OutOfMemoryError
          ? " (give Java more memory, such as OBA_JAVA_OPTS=-Xmx4g with the ./oba launcher)"
          : ""));
      printTrace(e, err);
      err.flush();
      code = FAILURE;
    }
    System.exit(code);
  }

  /**
   * Returns the built-in data: the synthetic Intensive Family Support framework, records and
   * measures of {@code org.obaframework.examples.ifs}, for the financial year 2025-26.
   *
   * @return the data
   */
  public static DataSet builtIn() {
    return new DataSet(IfsData.TITLE, IfsData.framework(), () -> IfsData.records().stream(),
        IfsMeasures.all(), IfsData.PERIOD);
  }

  /** Without a command: shows the usage and fails as a usage error. */
  @Override
  public Integer call() {
    CommandLine line = Objects.requireNonNull(spec).commandLine();
    line.getErr().println("oba: missing command; expected one of report, validate, explain, "
        + "curve, export, help");
    line.usage(line.getErr());
    return USAGE;
  }

  /** Prints a usage error briefly, with suggestions and where to find help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(qualifiedName(command) + ": " + Redaction.escape(String.valueOf(e.getMessage())));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + qualifiedName(command) + " --help' for more information.");
    if (verbose(command)) {
      printTrace(e, err);
    }
    err.flush();
    return USAGE;
  }

  /** Prints a failure and returns its exit code; never swallows it. */
  private static int failure(Exception e, CommandLine command) {
    PrintWriter err = command.getErr();
    String name = qualifiedName(command);
    boolean verbose = verbose(command);
    int code;
    if (e instanceof CliException failure) {
      // Every line escaped: no text from a file can forge a line or drive the terminal.
      if (failure.lines().size() == 1) {
        err.println(name + ": " + Redaction.escape(failure.lines().get(0)));
      } else {
        failure.lines().forEach(line -> err.println(Redaction.escape(line)));
      }
      code = failure.exitCode();
    } else if (e instanceof ValidationException invalid) {
      // Invalid input the commands did not place in a file, such as measures that do not fit
      // the framework: every problem is printed.
      invalid.problems().forEach(p -> err.println(name + ": " + p.message()));
      err.println(CliException.count(invalid.problems().size(), "problem"));
      code = INVALID_INPUT;
    } else if (e instanceof UncheckedIOException io && Output.isWriteFailure(io)) {
      return failure(Output.writing(io), command);
    } else if (e instanceof UncheckedIOException || e instanceof IOException) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println(name + ": I/O error: " + Redaction.escape(cause instanceof IOException io
          ? Inputs.reason(io) : String.valueOf(cause)));
      code = IO_ERROR;
    } else {
      // The exception's class and the stack trace: its message may quote input.
      err.println(name + ": unexpected failure (please report it): " + e.getClass().getName()
          + " (" + Redaction.phrase(e.getMessage()) + ")");
      printTrace(e, err);
      err.flush();
      return FAILURE;
    }
    if (verbose) {
      printTrace(e, err);
    }
    err.flush();
    return code;
  }

  /**
   * Prints a stack trace whose messages follow the redaction rule: oba's own messages escaped,
   * those of the JDK and libraries (which may quote input) cut to the kind of failure.
   */
  static void printTrace(Throwable e, PrintWriter err) {
    java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    String prefix = "";
    for (Throwable at = e; at != null && seen.add(at); at = at.getCause()) {
      String message = at.getMessage() == null ? ""
          : ": " + (at instanceof org.obaframework.core.ObaException || at instanceof CliException
              ? Redaction.escape(at.getMessage()) : Redaction.phrase(at.getMessage()));
      err.println(prefix + at.getClass().getName() + message);
      for (StackTraceElement frame : at.getStackTrace()) {
        err.println("\tat " + frame);
      }
      prefix = "Caused by: ";
    }
    err.flush();
  }

  private static boolean verbose(CommandLine command) {
    ParseResult parsed = command.getParseResult();
    return parsed != null && parsed.hasMatchedOption("--verbose");
  }

  private static String qualifiedName(CommandLine command) {
    return command.getCommandSpec().qualifiedName();
  }

  /** The version: oba's, from oba-json's module, and the Java runtime's. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"oba " + new ObaModule().version(),
          "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"};
    }
  }
}
