package org.newsclaims.pipeline;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A one-way request to stop, from another thread (a shutdown hook); thread-safe. */
public final class StopSignal {
  private final CountDownLatch latch = new CountDownLatch(1);

  public void requestStop() {
    latch.countDown();
  }

  public boolean isRequested() {
    return latch.getCount() == 0;
  }

  /** Waits up to {@code timeout} for a stop request; true if one came. */
  public boolean await(Duration timeout) throws InterruptedException {
    return latch.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }
}
