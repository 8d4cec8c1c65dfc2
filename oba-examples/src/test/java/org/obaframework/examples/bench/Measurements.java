package org.obaframework.examples.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Timing and heap measurements for the comparison and scale-curve programs: warm-up and
 * repetitions with the median, peak heap from the memory pools, and heap retained after garbage
 * collection. Not thread-safe; the measured work may use threads.
 */
public final class Measurements {
  /** The largest heap in use right after a collection since the last reset: the live peak. */
  private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

  static {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
              .equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
            long after = 0;
            for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
              after += usage.getUsed();
            }
            long live = after - nonHeapUsed(info.getGcInfo().getMemoryUsageAfterGc());
            PEAK_AFTER_GC.accumulateAndGet(live, Math::max);
          }
        }, null, null);
      }
    }
  }

  private Measurements() {}

  /** The non-heap part of a usage map: pools whose names are not the heap's. */
  private static long nonHeapUsed(Map<String, MemoryUsage> usages) {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = usages.get(pool.getName());
      if (usage != null && pool.getType() != MemoryType.HEAP) {
        used += usage.getUsed();
      }
    }
    return used;
  }

  /**
   * Returns the largest heap in use right after a garbage collection since the last {@link
   * #resetPeaks()}: the most the work kept alive at once, as far as collections saw it.
   *
   * @return bytes
   */
  public static long peakAfterGc() {
    return PEAK_AFTER_GC.get();
  }

  /**
   * A timed piece of work.
   *
   * @param millis the measured repetitions' times in milliseconds, in order
   * @param cpuMillis the process's CPU time (all threads, DuckDB's native ones included) during
   *     each repetition, in milliseconds: less sensitive than wall time to other processes
   * @param peakHeapBytes the highest heap use seen during warm-up and repetitions: the sum of the
   *     heap pools' peaks, an upper bound of the true peak (pools peak at different moments, so
   *     it may exceed the maximum heap)
   * @param peakLiveBytes the largest heap in use right after a collection during warm-up and
   *     repetitions ({@link #peakAfterGc()}): what the work needed at most
   * @param result the last repetition's result
   * @param <T> the result's type
   */
  public record Timed<T>(double[] millis, double[] cpuMillis, long peakHeapBytes,
      long peakLiveBytes, T result) {
    /**
     * Returns the median time.
     *
     * @return the median in milliseconds
     */
    public double medianMillis() {
      return median(millis);
    }

    /**
     * Returns the median CPU time.
     *
     * @return the median in milliseconds
     */
    public double medianCpuMillis() {
      return median(cpuMillis);
    }

    /**
     * Returns the times as text, e.g. {@code 812 (CPU 1500), 790 (CPU 1490) ms}.
     *
     * @return the text
     */
    public String describe() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < millis.length; i++) {
        text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f (CPU %.0f)",
            millis[i], cpuMillis[i]));
      }
      return text.append(" ms").toString();
    }
  }

  /**
   * Data loaded into memory one way, and the work over it timed.
   *
   * @param timed the work's runs
   * @param loadMillis the time to load
   * @param retained the heap the loaded data kept after garbage collection
   * @param loadPeakLive the largest heap in use right after a collection while loading
   * @param <T> the work's result
   */
  public record Loaded<T>(Timed<T> timed, double loadMillis, long retained, long loadPeakLive) {}

  /**
   * Loads data, measures its time and the heap it keeps, checks how many subjects it holds, then
   * times work over it; the data go when this returns.
   *
   * @param subjects the subjects the data must hold
   * @param warmups unmeasured runs; with none, {@code warmUp} is run once first, unmeasured
   * @param runs measured runs
   * @param load loads the data
   * @param size the subjects the data hold
   * @param warmUp warms the JIT when there are no warm-up runs
   * @param work the timed work over the data
   * @param <D> the data
   * @param <T> the work's result
   * @return the measurements
   * @throws IllegalStateException if the data hold another number of subjects
   */
  public static <D, T> Loaded<T> loaded(int subjects, int warmups, int runs, Supplier<D> load,
      ToIntFunction<D> size, Consumer<D> warmUp, Function<D, T> work) {
    resetPeaks();
    long before = gc();
    long start = System.nanoTime();
    D data = load.get();
    double millis = (System.nanoTime() - start) / 1e6;
    long retained = gc() - before;
    long loadPeak = peakAfterGc();
    if (size.applyAsInt(data) != subjects) {
      throw new IllegalStateException("loaded " + size.applyAsInt(data) + " subjects, expected "
          + subjects);
    }
    if (warmups == 0) {
      warmUp.accept(data);
    }
    return new Loaded<>(time(warmups, runs, () -> work.apply(data)), millis, retained, loadPeak);
  }

  /**
   * Runs work {@code warmups} times unmeasured, then {@code runs} times measured.
   *
   * @param warmups unmeasured runs, not negative
   * @param runs measured runs, at least 1
   * @param work the work
   * @param <T> the work's result
   * @return the times, peak heap and last result
   * @throws IllegalArgumentException if the counts are out of range
   */
  public static <T> Timed<T> time(int warmups, int runs, Supplier<T> work) {
    if (warmups < 0 || runs < 1) {
      throw new IllegalArgumentException("expected warmups >= 0 and runs >= 1, found " + warmups
          + " and " + runs);
    }
    gc();
    resetPeaks();
    for (int i = 0; i < warmups; i++) {
      work.get();
    }
    double[] millis = new double[runs];
    double[] cpuMillis = new double[runs];
    T result = null;
    for (int i = 0; i < runs; i++) {
      long cpu = processCpuNanos();
      long start = System.nanoTime();
      result = work.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
      cpuMillis[i] = (processCpuNanos() - cpu) / 1e6;
    }
    return new Timed<>(millis, cpuMillis, peakHeap(), peakAfterGc(), result);
  }

  /**
   * Returns the median of values: the middle one, or the mean of the two middle ones.
   *
   * @param values at least one value
   * @return the median
   * @throws IllegalArgumentException if there is no value
   */
  public static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("expected at least one value, found none");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /**
   * Returns the CPU time the whole process has used, all threads.
   *
   * @return nanoseconds
   */
  public static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Resets the heap pools' peak usage. */
  public static void resetPeaks() {
    for (MemoryPoolMXBean pool : heapPools()) {
      pool.resetPeakUsage();
    }
    PEAK_AFTER_GC.set(0);
  }

  /**
   * Returns the sum of the heap pools' peak usage since the last reset.
   *
   * @return bytes
   */
  public static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : heapPools()) {
      peak += pool.getPeakUsage().getUsed();
    }
    return peak;
  }

  /**
   * Collects garbage until the used heap stops falling (at most 5 times), and returns it.
   *
   * @return the used heap in bytes after collection
   */
  public static long gc() {
    long used = usedHeap();
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = usedHeap();
      if (now >= used - (1 << 20)) {
        return now;
      }
      used = now;
    }
    return used;
  }

  /**
   * Returns the heap in use now.
   *
   * @return bytes
   */
  public static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * Returns the garbage collectors' total count and time, e.g. {@code G1 Young: 12 (0.3 s)}.
   *
   * @return one line
   */
  public static String collections() {
    List<String> parts = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      parts.add(String.format(Locale.ROOT, "%s: %d (%.1f s)", gc.getName(),
          gc.getCollectionCount(), gc.getCollectionTime() / 1e3));
    }
    return String.join(", ", parts);
  }

  /**
   * Describes the machine and JVM: cores, maximum heap, Java version, load average.
   *
   * @return one line
   */
  public static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%d cores, max heap %,d MiB, Java %s (%s), load average"
        + " %.2f", runtime.availableProcessors(), runtime.maxMemory() >> 20,
        System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * Returns bytes in mebibytes.
   *
   * @param bytes bytes
   * @return MiB
   */
  public static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> pools = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pools.add(pool);
      }
    }
    return pools;
  }
}
