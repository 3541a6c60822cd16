package org.newsclaims.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a tab-separated data file under {@code models/} (rules, taxonomy, gazetteer, modes,
 * frames, aliases), with where it stands for error messages. Blank lines and {@code #} comments
 * are not data lines. Immutable.
 *
 * @param where {@code origin:line}, 1-based, for "file:line: what is wrong" messages
 * @param line the line as written
 */
public record DataLine(String where, String line) {

  /** The data lines of a file's lines, in order. */
  public static List<DataLine> of(List<String> lines, String origin) {
    List<DataLine> data = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (!line.isBlank() && !line.startsWith("#")) {
        data.add(new DataLine(origin + ":" + (n + 1), line));
      }
    }
    return data;
  }

  /** The tab-separated cells, trailing empty cells dropped. */
  public String[] cells() {
    return line.split("\t");
  }
}
