package org.obaframework.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads data: what every such command shares, so that each holds only its own
 * options. It has the input options (framework, records, period, as-of) and the common options
 * ({@code --verbose}, {@code --[no-]progress}), and makes its {@link Inputs} from them and the
 * built-in data of the {@link Oba} it runs under, which load the files and turn their failures
 * into {@link CliException}s.
 */
abstract class DataCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  InputOptions input = new InputOptions();

  @Mixin
  CommonOptions common = new CommonOptions();

  /** Returns this command's spec, which picocli injects before running it. */
  final CommandSpec spec() {
    return Objects.requireNonNull(spec);
  }

  /**
   * Returns this run's data.
   *
   * @param measures the {@code --measures} option, for a command that reads measures
   * @return the inputs, which load what they are asked for on first use
   */
  final Inputs inputs(@Nullable MeasuresOption measures) {
    return new Inputs(input, measures, oba().embedded(), spec(), common);
  }

  /**
   * Refuses an {@code --out} that is one of this command's input files, before anything is read
   * or written.
   *
   * @param out the {@code --out} file, or null
   * @param measures the measures option, if the command has one
   * @param more other input files, such as a CSV series
   * @throws picocli.CommandLine.ParameterException if {@code out} is an input (exit code 2)
   */
  final void refuseInputsAsOut(@Nullable Path out, @Nullable MeasuresOption measures,
      @Nullable Path... more) {
    List<@Nullable Path> inputs = new ArrayList<>();
    inputs.add(input.framework);
    inputs.add(input.records);
    inputs.add(measures == null ? null : measures.file);
    inputs.addAll(Arrays.asList(more));
    Output.refuseInputs(out, inputs, spec().commandLine());
  }

  /** Returns the {@code oba} command this one runs under, directly or as a subcommand's. */
  private Oba oba() {
    for (CommandSpec at = spec(); at != null; at = at.parent()) {
      if (at.userObject() instanceof Oba root) {
        return root;
      }
    }
    throw new IllegalStateException("oba " + spec().name() + " runs under no oba command");
  }
}
