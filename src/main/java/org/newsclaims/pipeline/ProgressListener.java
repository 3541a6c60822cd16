package org.newsclaims.pipeline;

/** Told about a run's progress; called from worker threads, so implementations must be thread-safe. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void started(int total) {}

    @Override
    public void finished(String docId, int claims) {}

    @Override
    public void done() {}
  };

  /** A pass starts that will analyse {@code total} articles. */
  void started(int total);

  /** One article is done, with the claims it gave (0 when its analysis failed). */
  void finished(String docId, int claims);

  /** The pass is over. */
  void done();
}
