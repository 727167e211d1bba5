package dev.knaller.emulator.serde;

/** A serde_json position: 1-based line, and the count of bytes before the index on that line. */
record TextPosition(int line, int column) {

  static TextPosition of(byte[] input, int index) {
    int line = 1;
    int column = 0;
    for (int i = 0; i < index; i++) {
      if (input[i] == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
    return new TextPosition(line, column);
  }
}
