package dev.knaller.firecracker.model;

/** A virtio-rng device ({@code PUT /entropy}). */
public record EntropyDevice(RateLimiter rateLimiter) {}
