package dev.knaller.firecracker.model;

/** The serial console output ({@code PUT /serial}, 1.14+; {@code rate_limiter} 1.16+). */
public record SerialDevice(String serialOutPath, TokenBucket rateLimiter) {}
