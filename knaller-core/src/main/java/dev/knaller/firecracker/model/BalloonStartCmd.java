package dev.knaller.firecracker.model;

/** Starts a free page hinting run ({@code PATCH /balloon/hinting/start}). */
public record BalloonStartCmd(Boolean acknowledgeOnStop) {}
