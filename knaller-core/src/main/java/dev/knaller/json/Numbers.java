package dev.knaller.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Converts a parsed JSON number to the numeric type a record component declares, exactly. */
final class Numbers {
  private Numbers() {}

  static Object convert(Number number, Class<?> target, String where) {
    if (target == Double.class || target == double.class) {
      return number.doubleValue();
    }
    if (target == Number.class) {
      return number;
    }
    BigInteger integer = integral(number, where);
    if (target == Long.class || target == long.class) {
      return inRange(integer, Long.MIN_VALUE, Long.MAX_VALUE, where).longValue();
    }
    if (target == Integer.class || target == int.class) {
      return inRange(integer, Integer.MIN_VALUE, Integer.MAX_VALUE, where).intValue();
    }
    if (target == BigInteger.class) {
      return integer;
    }
    throw new JsonException(where + ": cannot bind a JSON number to " + target.getName());
  }

  private static BigInteger integral(Number number, String where) {
    if (number instanceof BigInteger big) {
      return big;
    }
    if (number instanceof Long || number instanceof Integer) {
      return BigInteger.valueOf(number.longValue());
    }
    try {
      return new BigDecimal(number.toString()).toBigIntegerExact();
    } catch (ArithmeticException | NumberFormatException ex) {
      throw new JsonException(where + " must be an integer, found " + number, ex);
    }
  }

  private static BigInteger inRange(BigInteger value, long min, long max, String where) {
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new JsonException(where + " = " + value + " is outside " + min + ".." + max);
    }
    return value;
  }
}
