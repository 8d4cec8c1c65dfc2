package org.obaframework.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What DuckDB's process writes, the comparison reads back; the sizes are read from arguments. */
class DuckDbSideTest {
  @TempDir
  Path directory;

  @Test
  void aResultFileReadsBackTimesSpillingAndEveryCell() throws IOException {
    ReportCounts file = ReportCounts.builder().put("WB", "LA-1", 10, 4).put("WB", "all", 12, 5)
        .build();
    ReportCounts table = ReportCounts.builder().put("WB", "LA-1", 10, 4).build();
    DuckDbSide.Result written = new DuckDbSide.Result("DuckDB v2, threads 2",
        new DuckDbSide.PathRun(new double[] {812.5, 790.25}, new double[] {1500, 1490}, 0, file),
        new DuckDbSide.PathRun(new double[] {80}, new double[] {150}, 4096, table), 1234.5,
        1 << 20, 3L << 30);
    Path result = directory.resolve("result.txt");
    DuckDbSide.write(result, written);
    DuckDbSide.Result read = DuckDbSide.read(result);
    assertThat(read.settings()).isEqualTo("DuckDB v2, threads 2");
    assertThat(read.file().millis()).containsExactly(812.5, 790.25);
    assertThat(read.file().cpuMillis()).containsExactly(1500, 1490);
    assertThat(read.file().counts()).isEqualTo(file);
    assertThat(read.table().counts()).isEqualTo(table);
    assertThat(read.table().spilledBytes()).isEqualTo(4096);
    assertThat(read.loadMillis()).isEqualTo(1234.5);
    assertThat(read.tableBytes()).isEqualTo(1 << 20);
    assertThat(read.peakResidentBytes()).isEqualTo(3L << 30);

    Files.writeString(result, "settings\tx\nfile\t1\t1\t0\n");
    assertThatThrownBy(() -> DuckDbSide.read(result)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two paths");
  }

  @Test
  void sizesTakeTheirOwnWarmUpsAndRunsOrTheDefaults() {
    assertThat(DuckDbComparison.Size.parse("100000:3:5,1000000", 1, 2)).containsExactly(
        new DuckDbComparison.Size(100_000, 3, 5), new DuckDbComparison.Size(1_000_000, 1, 2));
    assertThat(DuckDbComparison.Size.parse("10000", 0, 1)).isEqualTo(
        List.of(new DuckDbComparison.Size(10_000, 0, 1)));
    assertThatThrownBy(() -> DuckDbComparison.Size.parse("10000:3", 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("children:warmups");
  }

  @Test
  void aDirectorysSizeCountsItsFilesAndAMissingOneIsEmpty() throws IOException {
    assertThat(DuckDbSide.directorySize(directory.resolve("none"))).isZero();
    Files.write(directory.resolve("a"), new byte[100]);
    Files.createDirectories(directory.resolve("d"));
    Files.write(directory.resolve("d/b"), new byte[28]);
    assertThat(DuckDbSide.directorySize(directory)).isEqualTo(128);
  }
}
