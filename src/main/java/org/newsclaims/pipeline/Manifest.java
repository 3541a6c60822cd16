package org.newsclaims.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsclaims.export.AtomicFile;

/**
 * What a run read and produced, written last into {@code OUT/.newsclaims/manifest.json}: per
 * input file its size, time and SHA-256, per article its id, text hash, result key and claim
 * count, the tool and rules versions that analysed it, and the problems. The next run reads it
 * to know what was there before (deleted articles, stale text files) and what a deferred file
 * held. Results themselves are found by key in the cache, so a lost manifest costs no analysis.
 *
 * @param format manifest format version, {@value #FORMAT}
 * @param tool the code version ({@link ToolVersion})
 * @param models fingerprint of the models folder (rules, lexicons, taxonomy)
 * @param complete false when the run stopped (or committed midway in watch mode) with articles
 *     still to analyse
 * @param outputs SHA-256 of claims.csv and problems.csv as committed with this manifest
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(int format, String tool, String models, String input, String started,
    String finished, boolean complete, Settings settings, Counts counts, Map<String, String> outputs,
    List<FileEntry> files) {

  public static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  public Manifest {
    outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
    files = List.copyOf(files);
  }

  /** The ingest settings of the run. */
  public record Settings(long maxBytes, long maxFileBytes, String invalidUtf8) {}

  /** Article counts of the run. */
  public record Counts(int articles, int analysed, int carried, int removed, int pending, int claims,
      int problems) {}

  /**
   * One input file. Size, time and hash are absent when it could not be read.
   *
   * @param path relative to the input folder
   * @param deferred whether the file was still being written and its previous entry was kept
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FileEntry(String path, String format, Long size, String modified, String sha256,
      boolean deferred, List<ArticleEntry> articles, List<ProblemEntry> problems) {
    public FileEntry {
      articles = articles == null ? List.of() : List.copyOf(articles);
      problems = problems == null ? List.of() : List.copyOf(problems);
    }
  }

  /**
   * One article in the output.
   *
   * @param position 0 for a whole file, else the record index or line number in an export
   * @param key the cache key of its result
   * @param textFile the saved text, relative to the output folder; empty for plain text
   */
  public record ArticleEntry(String docId, int position, String textSha256, String key, int claims,
      String textFile, String tool, String models) {}

  /** One problems.csv row; {@code skipped} false for warnings (the article was still analysed). */
  public record ProblemEntry(String docId, String problem, String detail, boolean skipped) {}

  /** Reads a manifest; empty when there is none or it cannot be understood (then nothing is assumed). */
  static Optional<Manifest> read(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      Manifest m = JSON.readValue(bytes, Manifest.class);
      return m.format() == FORMAT ? Optional.of(m) : Optional.empty();
    } catch (JsonProcessingException e) {
      // Written atomically, so only a hand edit gets here. Results are keyed by content in the
      // cache, so starting from no manifest re-analyses nothing; only stale text files linger.
      return Optional.empty();
    }
  }

  /** Prepares the manifest file; renamed into place by the caller, last of all outputs. */
  AtomicFile.Staged stage(Path file) throws IOException {
    return AtomicFile.stage(file, w -> {
      JSON.writeValue(w, this);
      w.write("\n");
    });
  }
}
