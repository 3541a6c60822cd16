package org.newsclaims.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A CSV file this tool wrote (RFC 4180, CRLF, header first), seen as blocks: the consecutive
 * records that share the cell of a key column (the {@code doc_id} of claims.csv and frames.csv,
 * whose records come article by article). Lets a run write a new version of the file by copying
 * the bytes of the articles that did not change and rendering only the others: adding one
 * article to a year of news copies the rest instead of rendering it again.
 *
 * <p>Reads the file once, when scanned; not thread-safe.
 */
public final class CsvBlocks implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  /** Bytes {@code [start, end)} of the file. */
  private record Block(long start, long end) {}

  private final FileChannel file;
  private final Map<String, Block> blocks;

  private CsvBlocks(FileChannel file, Map<String, Block> blocks) {
    this.file = file;
    this.blocks = blocks;
  }

  /**
   * Scans a file.
   *
   * @param keyColumn the 0-based column whose cell keys the blocks
   * @throws IOException when the file cannot be read or is no such CSV (a record without the key
   *     column, a key in two separate blocks)
   */
  public static CsvBlocks scan(Path path, int keyColumn) throws IOException {
    Scanner scanner = new Scanner(path, keyColumn);
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buffer = new byte[BUFFER];
      int n;
      while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
        scanner.feed(buffer, n);
      }
    }
    scanner.end();
    return new CsvBlocks(FileChannel.open(path, StandardOpenOption.READ), scanner.blocks);
  }

  /** Copies the records of a key (none when the file has none) to {@code out}. */
  public void copy(String key, OutputStream out) throws IOException {
    Block b = blocks.get(key);
    if (b == null) {
      return;
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER, b.end() - b.start()));
    long at = b.start();
    while (at < b.end()) {
      buffer.clear();
      buffer.limit((int) Math.min(buffer.capacity(), b.end() - at));
      int n = file.read(buffer, at);
      if (n < 0) {
        throw new IOException("the file ended before the records of " + key);
      }
      out.write(buffer.array(), 0, n);
      at += n;
    }
  }

  @Override
  public void close() throws IOException {
    file.close();
  }

  /**
   * Follows the records of RFC 4180 text fed in chunks (a cell in quotes may hold commas, quotes
   * doubled and line breaks; a record ends with CRLF), keeping each record's key cell and the
   * blocks of records with the same key. One loop over the bytes: this runs over the whole file.
   */
  private static final class Scanner {
    private final Path path;
    private final int keyColumn;
    private final ByteArrayOutputStream cell = new ByteArrayOutputStream();
    final Map<String, Block> blocks = new HashMap<>();
    private long offset;
    private long recordStart;
    private boolean header = true;
    private int column;
    private boolean quoted;
    private boolean quoteSeen;
    private boolean carriageReturn;
    private boolean atCellStart = true;
    private String key;
    private String blockKey;
    private long blockStart;

    Scanner(Path path, int keyColumn) {
      this.path = path;
      this.keyColumn = keyColumn;
    }

    void feed(byte[] bytes, int n) throws IOException {
      for (int i = 0; i < n; i++) {
        byte b = bytes[i];
        offset++;
        if (quoteSeen) {
          quoteSeen = false;
          if (b == '"') {
            keep(b);
            continue;
          }
          quoted = false; // the quote closed the cell: b is read as outside quotes
        }
        if (carriageReturn) {
          if (b != '\n') {
            throw new IOException(path + ": a carriage return without a line feed at byte " + (offset - 1));
          }
          carriageReturn = false;
          endRecord();
        } else if (quoted) {
          if (b == '"') {
            quoteSeen = true;
          } else {
            keep(b);
          }
        } else if (b == '"' && atCellStart) {
          quoted = true;
          atCellStart = false;
        } else if (b == ',') {
          endCell();
          column++;
          atCellStart = true;
        } else if (b == '\r') {
          endCell();
          carriageReturn = true;
        } else {
          keep(b);
          atCellStart = false;
        }
      }
    }

    private void keep(byte b) {
      if (column == keyColumn) {
        cell.write(b);
      }
    }

    private void endCell() {
      if (column == keyColumn) {
        key = cell.toString(StandardCharsets.UTF_8);
        cell.reset();
      }
    }

    private void endRecord() throws IOException {
      if (key == null) {
        throw new IOException(path + ": a record without column " + keyColumn + " before byte " + offset);
      }
      if (header) {
        header = false;
      } else if (!key.equals(blockKey)) {
        closeBlock(recordStart);
        blockKey = key;
        blockStart = recordStart;
      }
      recordStart = offset;
      column = 0;
      atCellStart = true;
      key = null;
    }

    private void closeBlock(long end) throws IOException {
      if (blockKey != null && blocks.put(blockKey, new Block(blockStart, end)) != null) {
        throw new IOException(path + ": the records of " + blockKey + " are not together");
      }
    }

    /** At the end of the file, which must end a record. */
    void end() throws IOException {
      if (offset != recordStart || header) {
        throw new IOException(path + ": the last record does not end with a line break");
      }
      closeBlock(offset);
    }
  }
}
