package dev.knaller.firecracker.model;

/** The swagger {@code Error} definition: the body of an API fault. */
public record ApiError(String faultMessage) {}
