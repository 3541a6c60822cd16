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
    Map<String, Block> blocks = new HashMap<>();
    try (InputStream in = Files.newInputStream(path)) {
      Scanner s = new Scanner(in, keyColumn);
      s.record(); // the header
      String key = null;
      long start = s.offset;
      while (true) {
        long recordStart = s.offset;
        String k = s.record();
        if (k == null || !k.equals(key)) {
          if (key != null && blocks.put(key, new Block(start, recordStart)) != null) {
            throw new IOException(path + ": the records of " + key + " are not together");
          }
          key = k;
          start = recordStart;
        }
        if (k == null) {
          break;
        }
      }
    }
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    return new CsvBlocks(channel, blocks);
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

  /** Reads records one by one, keeping the byte offset and the key cell. */
  private static final class Scanner {
    private final InputStream in;
    private final int keyColumn;
    private final ByteArrayOutputStream cell = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[BUFFER];
    private int filled;
    private int at;
    long offset;

    Scanner(InputStream in, int keyColumn) {
      this.in = in;
      this.keyColumn = keyColumn;
    }

    private int read() throws IOException {
      if (at == filled) {
        filled = in.readNBytes(buffer, 0, buffer.length);
        at = 0;
        if (filled == 0) {
          return -1;
        }
      }
      offset++;
      return buffer[at++] & 0xFF;
    }

    /** The key cell of the next record, after reading through its CRLF; null at the end of the file. */
    String record() throws IOException {
      int column = 0;
      boolean quoted = false;
      boolean atCellStart = true;
      String key = null;
      cell.reset();
      int b = read();
      if (b < 0) {
        return null;
      }
      while (true) {
        if (b < 0) {
          throw new IOException("the last record does not end with a line break");
        }
        if (quoted) {
          if (b == '"') {
            int next = read();
            if (next == '"') {
              keep(column, b);
            } else {
              quoted = false;
              b = next;
              continue;
            }
          } else {
            keep(column, b);
          }
        } else if (b == '"' && atCellStart) {
          quoted = true;
        } else if (b == ',') {
          if (column == keyColumn) {
            key = cell.toString(StandardCharsets.UTF_8);
          }
          column++;
          atCellStart = true;
          b = read();
          continue;
        } else if (b == '\r') {
          if (read() != '\n') {
            throw new IOException("a carriage return without a line feed at byte " + offset);
          }
          if (column == keyColumn) {
            key = cell.toString(StandardCharsets.UTF_8);
          }
          if (key == null) {
            throw new IOException("a record without column " + keyColumn + " before byte " + offset);
          }
          return key;
        } else {
          keep(column, b);
        }
        atCellStart = false;
        b = read();
      }
    }

    private void keep(int column, int b) {
      if (column == keyColumn) {
        cell.write(b);
      }
    }
  }
}
