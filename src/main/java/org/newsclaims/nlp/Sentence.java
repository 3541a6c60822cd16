package org.newsclaims.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.newsclaims.model.TextSpan;

/**
 * A sentence with its tokens and basic Universal Dependencies tree.
 *
 * <p>{@code heads[i]} is the index of token i's governor, -1 for the root; {@code relations[i]}
 * is the relation to it ({@code root} for the root). A sentence that was not parsed has no
 * tree ({@link #isParsed()} false). Immutable.
 */
public final class Sentence {
  private final int index;
  private final TextSpan span;
  private final List<Token> tokens;
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;

  public Sentence(int index, List<Token> tokens, int[] heads, String[] relations) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty sentence " + index);
    }
    this.index = index;
    this.tokens = List.copyOf(tokens);
    this.span = new TextSpan(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    if (heads != null) {
      if (heads.length != tokens.size() || relations.length != tokens.size()) {
        throw new IllegalArgumentException("tree size differs from token count in sentence " + index);
      }
      this.heads = heads.clone();
      this.relations = relations.clone();
    } else {
      this.heads = null;
      this.relations = null;
    }
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      kids.add(new ArrayList<>());
    }
    if (this.heads != null) {
      for (int i = 0; i < tokens.size(); i++) {
        if (this.heads[i] >= 0) {
          kids.get(this.heads[i]).add(i);
        }
      }
    }
    List<List<Integer>> frozen = new ArrayList<>();
    kids.forEach(k -> frozen.add(List.copyOf(k)));
    this.children = List.copyOf(frozen);
  }

  /** An unparsed sentence: tokens only. */
  public static Sentence unparsed(int index, List<Token> tokens) {
    return new Sentence(index, tokens, null, null);
  }

  public int index() {
    return index;
  }

  public TextSpan span() {
    return span;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  public boolean isParsed() {
    return heads != null;
  }

  /** Governor of token i, -1 for the root or an unparsed sentence. */
  public int head(int i) {
    return heads == null ? -1 : heads[i];
  }

  /** Relation of token i to its governor; "root" for the root, "" when unparsed. */
  public String relation(int i) {
    return relations == null ? "" : relations[i];
  }

  /** Dependents of token i in text order. */
  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** Token i and all its descendants. */
  public BitSet subtree(int i) {
    BitSet set = new BitSet(tokens.size());
    collect(i, set);
    return set;
  }

  private void collect(int i, BitSet set) {
    set.set(i);
    for (int c : children.get(i)) {
      if (!set.get(c)) {
        collect(c, set);
      }
    }
  }

  /** The UTF-16 span from the start of token a to the end of token b (inclusive indices). */
  public TextSpan span(int a, int b) {
    return new TextSpan(tokens.get(a).span().start(), tokens.get(b).span().end());
  }
}
