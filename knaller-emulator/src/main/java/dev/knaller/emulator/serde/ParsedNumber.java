package dev.knaller.emulator.serde;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON number as serde_json classifies it: u64 when non-negative and in range, i64 when negative
 * and in range, f64 otherwise (including {@code -0}, which serde_json turns into {@code -0.0}).
 */
record ParsedNumber(Kind kind, long integer, double real) {
  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  enum Kind {
    U64,
    I64,
    F64
  }

  static ParsedNumber integer(boolean positive, String digits) {
    var magnitude = new BigInteger(digits);
    if (positive && magnitude.compareTo(U64_MAX) <= 0) {
      return new ParsedNumber(Kind.U64, magnitude.longValue(), 0);
    }
    var signed = positive ? magnitude : magnitude.negate();
    if (!positive && signed.signum() < 0 && signed.bitLength() < 64) {
      return new ParsedNumber(Kind.I64, signed.longValue(), 0);
    }
    return real(signed.signum() == 0 ? -0.0 : signed.doubleValue());
  }

  static ParsedNumber real(double value) {
    return new ParsedNumber(Kind.F64, 0, value);
  }

  /** The JSON value: Long (or BigInteger above i64) for integers, Double for floats. */
  Number value() {
    return switch (kind) {
      case U64 -> integer >= 0 ? integer : new BigInteger(Long.toUnsignedString(integer));
      case I64 -> integer;
      case F64 -> real;
    };
  }

  /** serde_json's {@code Unexpected} text for this number. */
  String unexpected() {
    return switch (kind) {
      case U64 -> "integer `" + Long.toUnsignedString(integer) + "`";
      case I64 -> "integer `" + integer + "`";
      case F64 -> "floating point `" + ryu(real) + "`";
    };
  }

  /** Formats a double the way the ryu crate does (shortest digits, {@code 1e21}, {@code 1.0}). */
  static String ryu(double value) {
    if (value == 0) {
      return (1 / value < 0) ? "-0.0" : "0.0";
    }
    var decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
    String digits = decimal.unscaledValue().toString();
    int kk = digits.length() - decimal.scale();
    return (value < 0 ? "-" : "") + layout(digits, kk);
  }

  private static String layout(String digits, int kk) {
    int length = digits.length();
    if (length <= kk && kk <= 16) {
      return digits + "0".repeat(kk - length) + ".0";
    }
    if (0 < kk && kk <= 16) {
      return digits.substring(0, kk) + "." + digits.substring(kk);
    }
    if (-5 < kk && kk <= 0) {
      return "0." + "0".repeat(-kk) + digits;
    }
    String mantissa = length == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return mantissa + "e" + (kk - 1);
  }
}
