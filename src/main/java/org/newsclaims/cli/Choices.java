package org.newsclaims.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option whose values are the constants of an enum, typed and listed in lower case with
 * dashes ({@code REPLACE} is {@code replace}, {@code SOME_THING} is {@code some-thing}). A
 * subclass per enum serves picocli both as the converter and as the completion candidates, so
 * {@code --help} lists exactly the values the parser accepts
 * ({@code ${COMPLETION-CANDIDATES}}), and a wrong value is a usage error naming them.
 */
abstract class Choices<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
  private final Class<E> type;

  Choices(Class<E> type) {
    this.type = type;
  }

  /** The value a user types for a constant. */
  static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (label(e).equals(value.strip().toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new TypeConversionException("expected one of " + String.join(", ", this) + ", was '" + value + "'");
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(type.getEnumConstants()).map(Choices::label).iterator();
  }

  /** {@code --invalid-utf8}. */
  static final class InvalidUtf8 extends Choices<org.newsclaims.text.InvalidUtf8Policy> {
    InvalidUtf8() {
      super(org.newsclaims.text.InvalidUtf8Policy.class);
    }
  }
}
