package dev.knaller.emulator.serde;

/** Rust scalars with the range serde checks and the name its error messages use. */
public enum Primitive implements Shape {
  U8("u8", 0, 255),
  U16("u16", 0, 65_535),
  U32("u32", 0, 4_294_967_295L),
  U64("u64", 0, -1),
  USIZE("usize", 0, -1),
  I32("i32", Integer.MIN_VALUE, Integer.MAX_VALUE),
  BOOL("a boolean", 0, 0),
  STRING("a string", 0, 0),
  PATH("path string", 0, 0),
  /** {@code MacAddr}: a string, then a custom check whose error has no position of its own. */
  MAC("a string", 0, 0),
  /** {@code Ipv4Addr}: parsed inside {@code visit_str}, so its error sits after the string. */
  IPV4("IPv4 address", 0, 0);

  private final String expecting;
  private final long min;
  private final long max;

  Primitive(String expecting, long min, long max) {
    this.expecting = expecting;
    this.min = min;
    this.max = max;
  }

  @Override
  public String expecting() {
    return expecting;
  }

  boolean isInteger() {
    return switch (this) {
      case BOOL, STRING, PATH, MAC, IPV4 -> false;
      default -> true;
    };
  }

  /** Whether a u64 value fits; {@code max == -1} stands for the whole u64 range. */
  boolean fitsUnsigned(long value) {
    return max == -1 || Long.compareUnsigned(value, max) <= 0;
  }

  boolean fitsSigned(long value) {
    return min < 0 && value >= min;
  }
}
