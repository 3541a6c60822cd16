package org.newsclaims.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This JVM's memory: the peak of used heap, sampled by a daemon thread every
 * {@value #INTERVAL_MILLIS} ms from {@link MemoryMXBean}, and the resident set size from
 * {@code /proc/self/status} ({@code VmRSS} now, {@code VmHWM} its peak), which only Linux has.
 * Thread-safe.
 */
final class MemoryProbe implements AutoCloseable {
  static final long INTERVAL_MILLIS = 20;
  private static final Path STATUS = Path.of("/proc/self/status");

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peakHeap = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  private MemoryProbe() {
    sampler = new Thread(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(INTERVAL_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }, "newsclaims-bench-memory");
    sampler.setDaemon(true);
  }

  /** Starts sampling. */
  static MemoryProbe start() {
    MemoryProbe p = new MemoryProbe();
    p.sample();
    p.sampler.start();
    return p;
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    peakHeap.accumulateAndGet(used, Math::max);
  }

  /** The largest used heap seen so far, in bytes. */
  long peakHeapBytes() {
    sample();
    return peakHeap.get();
  }

  /** Used heap after a full collection: what stays live, in bytes. */
  long liveHeapBytes() {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Resident set size now, in KiB; empty where {@code /proc/self/status} does not exist. */
  static Optional<Long> rssKiB() {
    return status("VmRSS");
  }

  /** Peak resident set size of this process so far, in KiB; empty where unknown. */
  static Optional<Long> peakRssKiB() {
    return status("VmHWM");
  }

  static Optional<Long> status(String field) {
    if (!Files.isReadable(STATUS)) {
      return Optional.empty();
    }
    try {
      return parseStatus(Files.readAllLines(STATUS, StandardCharsets.US_ASCII), field);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The value in KiB of a {@code NAME:   1234 kB} line. */
  static Optional<Long> parseStatus(List<String> lines, String field) {
    for (String line : lines) {
      if (line.startsWith(field + ":")) {
        String[] parts = line.substring(field.length() + 1).strip().split("\\s+");
        if (parts.length == 2 && parts[1].toLowerCase(Locale.ROOT).equals("kb")) {
          return Optional.of(Long.parseLong(parts[0]));
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
