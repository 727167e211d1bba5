package dev.knaller.bench;

/** One request and its response as bytes on the wire: what the raw floor sends and reads. */
record WireExchange(int requestBytes, int responseBytes) {}
