package org.newsclaims.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.newsclaims.extract.Lexicons;
import org.newsclaims.extract.RuleSet;
import org.newsclaims.topic.Taxonomy;

/**
 * Everything under {@code models/} that steers extraction, loaded and compiled once: the
 * lexicons, the attribution rules and the topic taxonomy, plus a fingerprint of those files so
 * that a change to any of them can be detected. Immutable.
 *
 * @param fingerprint SHA-256 over every file's relative path and bytes, in sorted order
 */
public record ExtractionModels(Lexicons lexicons, RuleSet rules, Taxonomy taxonomy, String fingerprint) {

  public static final String RULES_FILE = "rules/attribution.tsv";
  public static final String TOPICS_FILE = "topics.tsv";
  public static final String LEXICONS_DIR = "lexicons";

  /** Loads a models folder; a bad line fails with file:line. */
  public static ExtractionModels load(Path dir) {
    try {
      Lexicons lexicons = Lexicons.load(dir.resolve(LEXICONS_DIR));
      RuleSet rules = RuleSet.load(dir.resolve(RULES_FILE), lexicons);
      Taxonomy taxonomy = Taxonomy.load(dir.resolve(TOPICS_FILE));
      return new ExtractionModels(lexicons, rules, taxonomy, fingerprint(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load models from " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String fingerprint(Path dir) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(Files.readAllBytes(f));
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }
}
