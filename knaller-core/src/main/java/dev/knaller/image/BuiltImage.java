package dev.knaller.image;

/** A ready image: where its files are, its manifest, and whether this call built it. */
public record BuiltImage(ImageLayout layout, Manifest manifest, boolean freshlyBuilt) {}
