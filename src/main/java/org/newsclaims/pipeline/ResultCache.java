package org.newsclaims.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.model.Article;

/**
 * Analysed articles, one file each under {@code OUT/.newsclaims/cache/}, named by a key that
 * hashes everything the result depends on: the code version, the models fingerprint, the
 * article id, text and metadata, and where its text is saved. An entry is written (atomically)
 * as soon as its article is analysed, so a run killed midway loses nothing it finished, and an
 * entry can never be used for inputs it was not made from.
 *
 * <p>Thread-safe: entries are immutable files, written by rename.
 */
final class ResultCache {
  static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  /**
   * One analysed article.
   *
   * @param rows its claims.csv records, exactly as written (RFC 4180, CRLF)
   * @param problem the analysis problem (not English, analysis failed), if any
   */
  record Entry(int format, String key, String docId, int claims, long tokens,
      Map<String, Integer> byType, Map<String, Integer> byTopic, Manifest.ProblemEntry problem, String rows) {
    Entry {
      byType = Collections.unmodifiableMap(new TreeMap<>(byType));
      byTopic = Collections.unmodifiableMap(new TreeMap<>(byTopic));
    }

    Optional<Manifest.ProblemEntry> analysisProblem() {
      return Optional.ofNullable(problem);
    }
  }

  private final Path dir;

  ResultCache(Path dir) {
    this.dir = dir;
  }

  /** The key of an article's result under a tool and models version. */
  static String key(String tool, String models, Article article, String textFile) {
    MessageDigest sha = Hashes.sha256();
    for (String part : List.of("newsclaims-result-v" + FORMAT, tool, models, article.docId(), textFile,
        article.metadata().title(), article.metadata().url(), article.metadata().published(),
        article.metadata().outlet(), article.text())) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
  }

  private Path file(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
  }

  /** The entry of a key; empty when absent or unreadable (then the article is analysed again). */
  Optional<Entry> get(String key) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file(key));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      Entry e = JSON.readValue(bytes, Entry.class);
      return e.format() == FORMAT && key.equals(e.key()) && e.rows() != null ? Optional.of(e) : Optional.empty();
    } catch (JsonProcessingException e) {
      // Entries are written by rename, so this is a hand edit or a disk fault: analyse again.
      return Optional.empty();
    }
  }

  void put(Entry entry) throws IOException {
    AtomicFile.write(file(entry.key()), w -> JSON.writeValue(w, entry));
  }

  /** Deletes every entry whose key is not in the set. */
  void retainOnly(Set<String> keys) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> stale;
    try (Stream<Path> walk = Files.walk(dir)) {
      stale = walk.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !keys.contains(p.getFileName().toString().replace(".json", "")))
          .toList();
    }
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
  }
}
