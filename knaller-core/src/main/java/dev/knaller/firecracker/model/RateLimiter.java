package dev.knaller.firecracker.model;

/** An I/O rate limiter: a bytes bucket and an operations bucket. */
public record RateLimiter(TokenBucket bandwidth, TokenBucket ops) {}
