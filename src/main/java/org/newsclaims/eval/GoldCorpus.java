package org.newsclaims.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsclaims.text.TextDecoder;

/**
 * The gold corpus of a folder: every {@code NAME.txt} (recursively) that has a {@code NAME.ann}
 * beside it, in sorted order; the id is the text's path relative to the folder.
 */
public final class GoldCorpus {
  /** Reads the text of a gold article, as the extractor reads it. */
  @FunctionalInterface
  public interface TextReader {
    /** @throws IOException naming the article when it cannot be read as an article */
    String read(Path file, String docId) throws IOException;
  }

  /** The extractor's decoder on the file's bytes, strictly. */
  public static final TextReader DECODED = (file, docId) -> {
    try {
      return TextDecoder.strict(Files.readAllBytes(file));
    } catch (TextDecoder.RejectedException e) {
      throw new IOException(docId + ": " + e.getMessage(), e);
    }
  };

  private GoldCorpus() {}

  public static List<GoldDocument> load(Path dir) throws IOException {
    return load(dir, DECODED);
  }

  public static List<GoldDocument> load(Path dir, TextReader textReader) throws IOException {
    return load(dir, textReader, new BratReader());
  }

  /** With a reader of other slot labels than the guideline's. */
  public static List<GoldDocument> load(Path dir, TextReader textReader, BratReader reader) throws IOException {
    List<Path> texts;
    try (Stream<Path> walk = Files.walk(dir)) {
      texts = walk.filter(p -> p.toString().endsWith(".txt"))
          .filter(p -> Files.isRegularFile(annotationOf(p)))
          .sorted().toList();
    }
    List<GoldDocument> docs = new ArrayList<>();
    for (Path t : texts) {
      String docId = dir.relativize(t).toString().replace(t.getFileSystem().getSeparator(), "/");
      String text = textReader.read(t, docId);
      docs.add(reader.read(docId, text, Files.readAllLines(annotationOf(t), StandardCharsets.UTF_8)));
    }
    return docs;
  }

  static Path annotationOf(Path text) {
    String name = text.getFileName().toString();
    return text.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".ann");
  }
}
