package dev.knaller.cli;

import dev.knaller.VmConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a whole-number option and, when the text is not one, names the allowed range (picocli's
 * own message says only "'abc' is not an int"). The range itself is checked by {@link VmConfig}.
 */
abstract class RangeConverter implements ITypeConverter<Integer> {
  private final String range;

  RangeConverter(String range) {
    this.range = range;
  }

  @Override
  public Integer convert(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number; allowed: " + range);
    }
  }

  /** {@code --cpus}. */
  static final class Vcpus extends RangeConverter {
    Vcpus() {
      super(VmConfig.MIN_VCPUS + " to " + VmConfig.MAX_VCPUS);
    }
  }

  /** {@code --mem}. */
  static final class MemoryMib extends RangeConverter {
    MemoryMib() {
      super("at least " + VmConfig.MIN_MEMORY_MIB + " MiB, at most the host's physical memory");
    }
  }
}
