package uk.gov.cme.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** What the benchmark reads off the JVM: CPU time (the whole process, the calling thread), heap, percentiles. */
final class Meter {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private Meter() {
  }

  /** CPU time of the whole JVM (every thread: request threads, the database's own, GC), nanoseconds. */
  static long processCpuNanos() {
    return OS.getProcessCpuTime();
  }

  /** CPU time of the calling thread, nanoseconds. */
  static long threadCpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * The highest heap use since the last {@link #resetPeakHeap()}, bytes: the largest total over the heap's
   * pools just before a collection (where heap use peaks), or now if that is higher. The pools' own peaks
   * are not added up: G1's young and old pools peak at different times, and their sum can pass the limit.
   */
  static long peakHeapBytes() {
    return Math.max(PEAK_BEFORE_GC.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  static void resetPeakHeap() {
    PEAK_BEFORE_GC.set(0);
  }

  private static final AtomicLong PEAK_BEFORE_GC = new AtomicLong();

  static {
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            long before = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo()
                .getMemoryUsageBeforeGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
            PEAK_BEFORE_GC.accumulateAndGet(before, Math::max);
          }
        }, null, null);
      }
    }
  }

  /** The heap in use after a full collection (what stays alive), bytes. */
  static long liveHeapBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long maxHeapBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  /** The p-th percentile (0 to 100) by nearest rank. */
  static double percentile(List<Double> values, double p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  static String mib(long bytes) {
    return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
  }

  static String kib(double bytes) {
    return String.format("%.1f KB", bytes / 1024.0);
  }
}
