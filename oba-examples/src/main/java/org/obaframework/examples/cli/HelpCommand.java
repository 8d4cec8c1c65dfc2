package org.obaframework.examples.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Redaction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code oba help [COMMAND [SUBCOMMAND...]]}: the help of oba, of a command, or of a command's
 * subcommand, such as {@code oba help export changes} (picocli's own help command goes one level
 * down only).
 */
@Command(name = "help", helpCommand = true,
    description = "Shows the help of oba, of a command, or of a command's subcommand.",
    footerHeading = "%nExamples:%n",
    footer = {"  oba help report", "  oba help export changes"})
final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {
  @Parameters(paramLabel = "COMMAND", arity = "0..*",
      description = "The command, and its subcommands in turn, whose help to show.")
  String[] commands = {};

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private @Nullable CommandLine self;
  private Help.@Nullable ColorScheme colors;
  private @Nullable PrintWriter out;
  private @Nullable PrintWriter err;

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme,
      PrintWriter outWriter, PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = outWriter;
    this.err = errWriter;
  }

  @Override
  public Integer call() {
    CommandLine line = Objects.requireNonNull(self);
    CommandLine at = Objects.requireNonNull(line.getParent());
    for (String name : commands) {
      CommandLine sub = at.getSubcommands().get(name);
      if (sub == null) {
        PrintWriter to = Objects.requireNonNull(err);
        to.println("oba help: " + Redaction.escape("'" + name + "' is not a command of "
            + at.getCommandSpec().qualifiedName() + "; expected one of "
            + at.getSubcommands().keySet()));
        to.flush();
        return Oba.USAGE;
      }
      at = sub;
    }
    at.usage(Objects.requireNonNull(out), Objects.requireNonNull(colors));
    return Oba.OK;
  }
}
