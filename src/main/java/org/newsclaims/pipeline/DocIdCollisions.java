package org.newsclaims.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsclaims.model.Problem;

/**
 * Keeps {@code doc_id}s unique in a run. A record inside an export and a file can be given the
 * same id (record {@code 1.html} of {@code p.json} and a file named {@code p.json#1.html} both
 * become {@code p.json#1.html}); they would share one saved text and one set of claim ids. Every
 * article with such an id is taken out and becomes a {@code duplicate-id} problem of its file,
 * naming the other inputs.
 */
final class DocIdCollisions {
  private DocIdCollisions() {}

  /** The files, each article whose id another input also gives replaced by a problem. */
  static List<RunPlanner.PlannedFile> resolve(List<RunPlanner.PlannedFile> files) {
    Map<String, Set<String>> fileIdsByDocId = new LinkedHashMap<>();
    for (RunPlanner.PlannedFile f : files) {
      for (RunPlanner.PlannedArticle a : f.articles()) {
        fileIdsByDocId.computeIfAbsent(a.docId(), k -> new TreeSet<>()).add(f.fileId());
      }
      f.previous().ifPresent(p -> p.articles().forEach(a ->
          fileIdsByDocId.computeIfAbsent(a.docId(), k -> new TreeSet<>()).add(f.fileId())));
    }
    Map<String, Integer> count = new LinkedHashMap<>();
    for (RunPlanner.PlannedFile f : files) {
      f.articles().forEach(a -> count.merge(a.docId(), 1, Integer::sum));
      f.previous().ifPresent(p -> p.articles().forEach(a -> count.merge(a.docId(), 1, Integer::sum)));
    }
    if (count.values().stream().allMatch(n -> n == 1)) {
      return files;
    }
    List<RunPlanner.PlannedFile> out = new ArrayList<>(files.size());
    for (RunPlanner.PlannedFile f : files) {
      if (f.deferred() || f.articles().stream().allMatch(a -> count.get(a.docId()) == 1)) {
        out.add(f);
        continue;
      }
      List<RunPlanner.PlannedArticle> kept = new ArrayList<>();
      List<Problem> failures = new ArrayList<>(f.failures());
      for (RunPlanner.PlannedArticle a : f.articles()) {
        if (count.get(a.docId()) == 1) {
          kept.add(a);
        } else {
          failures.add(new Problem(a.docId(), Problem.Kind.DUPLICATE_ID, "inputs "
              + String.join(" and ", fileIdsByDocId.get(a.docId())) + " both give this doc_id; "
              + "skipped: rename one of them"));
        }
      }
      out.add(new RunPlanner.PlannedFile(f.fileId(), f.format(), f.stamp(), f.deferred(), f.previous(), kept,
          failures, f.warnings()));
    }
    return out;
  }
}
