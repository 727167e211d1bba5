package dev.knaller.emulator.serde;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deserializes a request body into a shape the way {@code serde_json::from_slice} with derived
 * {@code Deserialize} impls does: same acceptance, same error text, same error position.
 *
 * <p>Structs come back as maps holding only the fields that were present and not {@code null}
 * (insertion order is body order). Integers are {@code Long}, enums their variant name, sequences
 * lists, {@link AnyShape} values plain JSON trees with {@link JsonNull#NULL}.
 */
public final class Deserializer {
  private static final int RECURSION_LIMIT = 128;
  private final JsonCursor in;
  private int remainingDepth = RECURSION_LIMIT;

  private Deserializer(byte[] body) {
    this.in = new JsonCursor(body);
  }

  /** Parses a whole body as the given struct; trailing bytes other than whitespace fail. */
  public static Map<String, Object> struct(byte[] body, StructShape shape) throws SerdeException {
    var deserializer = new Deserializer(body);
    @SuppressWarnings("unchecked")
    var value = (Map<String, Object>) deserializer.value(shape);
    deserializer.end();
    return value;
  }

  /** Parses a whole body as a {@code serde_json::Value}. */
  public static Object any(byte[] body) throws SerdeException {
    var deserializer = new Deserializer(body);
    Object value = deserializer.value(AnyShape.VALUE);
    deserializer.end();
    return value;
  }

  private void end() throws SerdeException {
    if (in.skipWhitespace() != -1) {
      throw in.peekError(ErrorCode.TRAILING_CHARACTERS);
    }
  }

  private Object value(Shape shape) throws SerdeException {
    return switch (shape) {
      case Primitive p when p == Primitive.BOOL -> bool();
      case Primitive p when p.isInteger() -> integer(p);
      case Primitive p when p == Primitive.MAC -> macAddress();
      case Primitive p when p == Primitive.IPV4 -> ipv4Address();
      case Primitive p -> string(p);
      case EnumShape e -> variant(e);
      case StructShape s -> struct(s);
      case SeqShape s -> seq(s);
      case OptionShape o -> option(o);
      case AnyShape a -> any();
    };
  }

  private Object option(OptionShape shape) throws SerdeException {
    if (in.skipWhitespace() == 'n') {
      in.eat();
      in.expectIdent("ull");
      return JsonNull.NULL;
    }
    return value(shape.inner());
  }

  private Boolean bool() throws SerdeException {
    switch (in.skipWhitespace()) {
      case 't' -> {
        in.eat();
        in.expectIdent("rue");
        return true;
      }
      case 'f' -> {
        in.eat();
        in.expectIdent("alse");
        return false;
      }
      case -1 -> throw in.peekError(ErrorCode.EOF_VALUE);
      default -> throw invalidType(Primitive.BOOL);
    }
  }

  private Long integer(Primitive shape) throws SerdeException {
    int peek = in.skipWhitespace();
    if (peek == -1) {
      throw in.peekError(ErrorCode.EOF_VALUE);
    }
    if (peek != '-' && (peek < '0' || peek > '9')) {
      throw invalidType(shape);
    }
    if (peek == '-') {
      in.eat();
    }
    return checkRange(shape, in.number(peek != '-'));
  }

  private Long checkRange(Primitive shape, ParsedNumber number) throws SerdeException {
    boolean fits =
        switch (number.kind()) {
          case U64 -> shape.fitsUnsigned(number.integer());
          case I64 -> shape.fitsSigned(number.integer());
          case F64 -> false;
        };
    if (fits) {
      return number.integer();
    }
    String text =
        number.kind() == ParsedNumber.Kind.F64
            ? Unexpected.invalidType(number.unexpected(), shape)
            : Unexpected.invalidValue(number.unexpected(), shape);
    throw SerdeException.custom(text).fixPosition(in.position());
  }

  private String string(Primitive shape) throws SerdeException {
    int peek = in.skipWhitespace();
    if (peek == -1) {
      throw in.peekError(ErrorCode.EOF_VALUE);
    }
    if (peek != '"') {
      throw invalidType(shape);
    }
    in.eat();
    return in.string();
  }

  private String macAddress() throws SerdeException {
    String text = string(Primitive.MAC);
    if (!text.matches("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}")) {
      throw SerdeException.custom("The provided MAC address is not valid.");
    }
    return text;
  }

  private String ipv4Address() throws SerdeException {
    String text = string(Primitive.IPV4);
    if (!text.matches(
        "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])")) {
      throw SerdeException.custom("invalid IPv4 address syntax").fixPosition(in.position());
    }
    return text;
  }

  /** A unit variant, as a string or in the {@code {"Variant": null}} map form. */
  private String variant(EnumShape shape) throws SerdeException {
    switch (in.skipWhitespace()) {
      case '"' -> {
        in.eat();
        return knownVariant(shape, in.string());
      }
      case '{' -> {
        return mapFormVariant(shape);
      }
      case -1 -> throw in.peekError(ErrorCode.EOF_VALUE);
      default -> throw in.peekError(ErrorCode.EXPECTED_VALUE);
    }
  }

  private String knownVariant(EnumShape shape, String name) throws SerdeException {
    if (!shape.variants().contains(name)) {
      // deserialize_str positions visitor errors right after the closing quote.
      throw SerdeException.custom(Unexpected.unknownVariant(name, shape.variants()))
          .fixPosition(in.position());
    }
    return name;
  }

  private String mapFormVariant(EnumShape shape) throws SerdeException {
    in.eat();
    String name = variant(shape);
    colon();
    unit();
    return switch (in.skipWhitespace()) {
      case '}' -> {
        in.eat();
        yield name;
      }
      case -1 -> throw in.error(ErrorCode.EOF_OBJECT);
      default -> throw in.error(ErrorCode.EXPECTED_VALUE);
    };
  }

  private void unit() throws SerdeException {
    int peek = in.skipWhitespace();
    if (peek == 'n') {
      in.eat();
      in.expectIdent("ull");
      return;
    }
    throw peek == -1 ? in.peekError(ErrorCode.EOF_VALUE) : invalidTypeNamed("unit");
  }

  private Map<String, Object> struct(StructShape shape) throws SerdeException {
    int peek = in.skipWhitespace();
    if (peek == -1) {
      throw in.peekError(ErrorCode.EOF_VALUE);
    }
    if (peek == '[') {
      return structFromSeq(shape);
    }
    if (peek != '{') {
      throw invalidType(shape);
    }
    enterNested();
    in.eat();
    Map<String, Object> fields = null;
    SerdeException failure = null;
    try {
      fields = new StructVisitor(this, shape).visit();
    } catch (SerdeException e) {
      failure = e;
    }
    remainingDepth++;
    // serde_json runs end_map even after a failed visit; it can consume the '}' first.
    SerdeException endFailure = endMap();
    return finish(fields, failure != null ? failure : endFailure);
  }

  /** serde_json also takes a struct as an array of its fields in declaration order. */
  private Map<String, Object> structFromSeq(StructShape shape) throws SerdeException {
    enterNested();
    in.eat();
    Map<String, Object> fields = new LinkedHashMap<>();
    SerdeException failure = null;
    try {
      seqFields(shape, fields);
    } catch (SerdeException e) {
      failure = e;
    }
    remainingDepth++;
    SerdeException endFailure = endSeq();
    return finish(fields, failure != null ? failure : endFailure);
  }

  private void seqFields(StructShape shape, Map<String, Object> fields) throws SerdeException {
    int index = 0;
    for (var field : shape.fields()) {
      if (!nextElement(index == 0)) {
        // Only #[serde(default)] fields may be short. Which Option fields carry that attribute
        // is not modelled; all of them are treated as defaulted here.
        if (field.required()) {
          throw SerdeException.custom(invalidLength(index, shape));
        }
        continue;
      }
      Object value = value(field.shape());
      if (value != JsonNull.NULL) {
        fields.put(field.name(), value);
      }
      index++;
    }
  }

  private static String invalidLength(int length, StructShape shape) {
    int count = shape.fields().size();
    return "invalid length "
        + length
        + ", expected struct "
        + shape.rustName()
        + " with "
        + count
        + (count == 1 ? " element" : " elements");
  }

  private <T> T finish(T value, SerdeException failure) throws SerdeException {
    if (failure != null) {
      throw failure.fixPosition(in.position());
    }
    return value;
  }

  private SerdeException endMap() {
    return switch (in.skipWhitespace()) {
      case '}' -> {
        in.eat();
        yield null;
      }
      case ',' -> in.peekError(ErrorCode.TRAILING_COMMA);
      case -1 -> in.peekError(ErrorCode.EOF_OBJECT);
      default -> in.peekError(ErrorCode.TRAILING_CHARACTERS);
    };
  }

  /** Returns the next key of an object, or null at its end. */
  String nextKey(boolean first) throws SerdeException {
    int peek = in.skipWhitespace();
    if (peek == '}') {
      return null;
    }
    if (peek == ',' && !first) {
      in.eat();
      peek = in.skipWhitespace();
    } else if (peek == -1) {
      throw in.peekError(ErrorCode.EOF_OBJECT);
    } else if (!first) {
      throw in.peekError(ErrorCode.EXPECTED_OBJECT_COMMA_OR_END);
    }
    return switch (peek) {
      case '"' -> {
        in.eat();
        yield in.string();
      }
      case '}' -> throw in.peekError(ErrorCode.TRAILING_COMMA);
      case -1 -> throw in.peekError(ErrorCode.EOF_VALUE);
      default -> throw in.peekError(ErrorCode.KEY_MUST_BE_STRING);
    };
  }

  void colon() throws SerdeException {
    switch (in.skipWhitespace()) {
      case ':' -> in.eat();
      case -1 -> throw in.peekError(ErrorCode.EOF_OBJECT);
      default -> throw in.peekError(ErrorCode.EXPECTED_COLON);
    }
  }

  /** Reads a field value after its colon. */
  Object fieldValue(Shape shape) throws SerdeException {
    colon();
    return value(shape);
  }

  private List<Object> seq(SeqShape shape) throws SerdeException {
    int peek = in.skipWhitespace();
    if (peek == -1) {
      throw in.peekError(ErrorCode.EOF_VALUE);
    }
    if (peek != '[') {
      throw invalidType(shape);
    }
    return elements(shape.element());
  }

  private List<Object> elements(Shape element) throws SerdeException {
    enterNested();
    in.eat();
    List<Object> items = new ArrayList<>();
    SerdeException failure = null;
    try {
      for (boolean first = true; nextElement(first); first = false) {
        items.add(value(element));
      }
    } catch (SerdeException e) {
      failure = e;
    }
    remainingDepth++;
    SerdeException endFailure = endSeq();
    return finish(items, failure != null ? failure : endFailure);
  }

  private boolean nextElement(boolean first) throws SerdeException {
    int peek = in.skipWhitespace();
    if (peek == ']') {
      return false;
    }
    if (peek == ',' && !first) {
      in.eat();
      peek = in.skipWhitespace();
    } else if (peek == -1) {
      throw in.peekError(ErrorCode.EOF_LIST);
    } else if (!first) {
      throw in.peekError(ErrorCode.EXPECTED_LIST_COMMA_OR_END);
    }
    if (peek == ']') {
      throw in.peekError(ErrorCode.TRAILING_COMMA);
    }
    if (peek == -1) {
      throw in.peekError(ErrorCode.EOF_VALUE);
    }
    return true;
  }

  private SerdeException endSeq() {
    return switch (in.skipWhitespace()) {
      case ']' -> {
        in.eat();
        yield null;
      }
      case ',' -> {
        in.eat();
        yield in.skipWhitespace() == ']'
            ? in.peekError(ErrorCode.TRAILING_COMMA)
            : in.peekError(ErrorCode.TRAILING_CHARACTERS);
      }
      case -1 -> in.peekError(ErrorCode.EOF_LIST);
      default -> in.peekError(ErrorCode.TRAILING_CHARACTERS);
    };
  }

  /** A {@code serde_json::Value}; also how ignored fields of lenient structs are skipped. */
  Object any() throws SerdeException {
    int peek = in.skipWhitespace();
    return switch (peek) {
      case -1 -> throw in.peekError(ErrorCode.EOF_VALUE);
      case 'n' -> literal("ull", JsonNull.NULL);
      case 't' -> literal("rue", true);
      case 'f' -> literal("alse", false);
      case '"' -> {
        in.eat();
        yield in.string();
      }
      case '[' -> elements(AnyShape.VALUE);
      case '{' -> anyObject();
      default -> anyNumber(peek);
    };
  }

  private Object literal(String rest, Object value) throws SerdeException {
    in.eat();
    in.expectIdent(rest);
    return value;
  }

  private Object anyNumber(int peek) throws SerdeException {
    if (peek == '-') {
      in.eat();
      return in.number(false).value();
    }
    if (peek >= '0' && peek <= '9') {
      return in.number(true).value();
    }
    throw in.peekError(ErrorCode.EXPECTED_VALUE);
  }

  private Map<String, Object> anyObject() throws SerdeException {
    enterNested();
    in.eat();
    Map<String, Object> members = new LinkedHashMap<>();
    SerdeException failure = null;
    try {
      for (String key = nextKey(true); key != null; key = nextKey(false)) {
        members.put(key, fieldValue(AnyShape.VALUE));
      }
    } catch (SerdeException e) {
      failure = e;
    }
    remainingDepth++;
    SerdeException endFailure = endMap();
    return finish(members, failure != null ? failure : endFailure);
  }

  private void enterNested() throws SerdeException {
    if (--remainingDepth == 0) {
      throw in.peekError(ErrorCode.RECURSION_LIMIT);
    }
  }

  /** serde_json's {@code peek_invalid_type}: consumes the offending value to name it. */
  private SerdeException invalidType(Shape shape) throws SerdeException {
    return SerdeException.custom(Unexpected.invalidType(UnexpectedValue.consume(in), shape))
        .fixPosition(in.position());
  }

  private SerdeException invalidTypeNamed(String expecting) throws SerdeException {
    String text = "invalid type: " + UnexpectedValue.consume(in) + ", expected " + expecting;
    return SerdeException.custom(text).fixPosition(in.position());
  }
}
