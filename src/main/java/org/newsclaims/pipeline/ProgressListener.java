package org.newsclaims.pipeline;

/** Told about a run's progress; called from worker threads, so implementations must be thread-safe. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void started(int total) {}

    @Override
    public void finished(String docId) {}

    @Override
    public void done() {}
  };

  void started(int total);

  void finished(String docId);

  void done();
}
