package org.newsclaims.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * The ids that more than one input gives (counting the kept articles of deferred and unchanged
   * files): an unchanged file holding one must be read again, so that its article becomes a problem too.
   */
  static Set<String> colliding(List<RunPlanner.PlannedFile> files) {
    Map<String, Integer> count = counts(files);
    Set<String> out = new TreeSet<>();
    count.forEach((id, n) -> {
      if (n > 1) {
        out.add(id);
      }
    });
    return out;
  }

  private static Map<String, Integer> counts(List<RunPlanner.PlannedFile> files) {
    Map<String, Integer> count = new HashMap<>();
    for (RunPlanner.PlannedFile f : files) {
      f.docIds().forEach(id -> count.merge(id, 1, Integer::sum));
    }
    return count;
  }

  /**
   * The files, each article whose id another input also gives replaced by a problem. Unchanged
   * files must hold no such id (see {@link #colliding}); deferred ones keep their articles.
   */
  static List<RunPlanner.PlannedFile> resolve(List<RunPlanner.PlannedFile> files) {
    Map<String, Integer> count = counts(files);
    if (count.values().stream().allMatch(n -> n == 1)) {
      return files;
    }
    Map<String, Set<String>> fileIdsByDocId = new HashMap<>();
    for (RunPlanner.PlannedFile f : files) {
      f.docIds().forEach(id -> fileIdsByDocId.computeIfAbsent(id, k -> new TreeSet<>()).add(f.fileId()));
    }
    List<RunPlanner.PlannedFile> out = new ArrayList<>(files.size());
    for (RunPlanner.PlannedFile f : files) {
      if (f.source() != RunPlanner.Source.READ || f.articles().stream().allMatch(a -> count.get(a.docId()) == 1)) {
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
      out.add(new RunPlanner.PlannedFile(f.fileId(), f.format(), f.stamp(), f.source(), f.previous(), kept,
          failures, f.warnings()));
    }
    return out;
  }
}
