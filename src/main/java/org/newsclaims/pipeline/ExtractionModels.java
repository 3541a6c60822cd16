package org.newsclaims.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsclaims.extract.ExtractionChain;
import org.newsclaims.extract.Lexicons;
import org.newsclaims.extract.RuleSet;
import org.newsclaims.frame.SlotRules;
import org.newsclaims.place.Gazetteer;
import org.newsclaims.stance.ModeRules;
import org.newsclaims.text.DataLine;
import org.newsclaims.topic.Taxonomy;
import org.newsclaims.model.Sha256;

/**
 * Everything under {@code models/} that steers extraction, loaded and compiled once: the
 * lexicons, the attribution rules, the topic taxonomy (with its place gazetteer), the claim-mode rules, the frame slot rules and the speaker aliases, plus a fingerprint of those files so
 * that a change to any of them can be detected. Immutable.
 *
 * @param fingerprint SHA-256 over every file's relative path and bytes, in sorted order
 */
public record ExtractionModels(Lexicons lexicons, RuleSet rules, Taxonomy taxonomy, ModeRules modes,
    SlotRules frames, Map<String, String> speakerAliases, String fingerprint) {

  public static final String RULES_FILE = "rules/attribution.tsv";
  public static final String TOPICS_FILE = "topics.tsv";
  public static final String PLACES_FILE = "places.tsv";
  public static final String MODES_FILE = "modes.tsv";
  public static final String LEXICONS_DIR = "lexicons";
  public static final String ALIASES_FILE = "speaker-aliases.tsv";

  /** The product's extraction chain over these rules and lexicons (cheap: no loading). */
  public ExtractionChain chain() {
    return ExtractionChain.standard(rules, lexicons);
  }

  /** Loads a models folder; a bad line fails with file:line. */
  public static ExtractionModels load(Path dir) {
    try {
      Lexicons lexicons = Lexicons.load(dir.resolve(LEXICONS_DIR));
      RuleSet rules = RuleSet.load(dir.resolve(RULES_FILE), lexicons);
      Gazetteer places = Gazetteer.load(dir.resolve(PLACES_FILE));
      Taxonomy taxonomy = Taxonomy.load(dir.resolve(TOPICS_FILE), places);
      SlotRules frames = SlotRules.load(dir.resolve(SlotRules.FILE), places);
      ModeRules modes = ModeRules.load(dir.resolve(MODES_FILE));
      Map<String, String> aliases = aliases(dir.resolve(ALIASES_FILE));
      return new ExtractionModels(lexicons, rules, taxonomy, modes, frames, aliases, fingerprint(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load models from " + dir + ": " + e.getMessage(), e);
    }
  }

  /** {@code phrase<TAB>canonical} lines, {@code #} comments; keys lower-cased. */
  private static Map<String, String> aliases(Path file) throws IOException {
    Map<String, String> aliases = new TreeMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (DataLine data : DataLine.of(lines, file.toString())) {
      String[] cells = data.cells();
      if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
        throw new IllegalArgumentException(data.where() + ": expected 'phrase<TAB>canonical'");
      }
      aliases.put(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip());
    }
    return Map.copyOf(aliases);
  }

  private static String fingerprint(Path dir) throws IOException {
    MessageDigest sha = Sha256.digest();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      Sha256.field(sha, dir.relativize(f).toString().replace('\\', '/'));
      sha.update(Files.readAllBytes(f));
    }
    return Sha256.hex(sha).substring(0, 16);
  }
}
