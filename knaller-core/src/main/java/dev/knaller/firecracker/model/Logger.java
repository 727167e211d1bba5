package dev.knaller.firecracker.model;

/** Firecracker's own log ({@code PUT /logger}); up to 1.13 the log file must already exist. */
public record Logger(
    LogLevel level, String logPath, Boolean showLevel, Boolean showLogOrigin, String module) {}
