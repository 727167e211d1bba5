/**
 * HTTP/1.1 over a Unix domain socket, shaped by micro_http (Firecracker's server): one kept-alive
 * connection, Content-Length framing both ways, no chunking, no {@code Expect}, no half-close, and
 * a bounded wait on every step.
 */
package dev.knaller.firecracker.http;
