package dev.knaller.image;

/** One file of a built image as the manifest records it. */
public record ImageFile(String name, long sizeBytes, String sha256) {}
