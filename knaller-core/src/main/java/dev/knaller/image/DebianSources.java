package dev.knaller.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The machine's configured apt sources for one Debian suite family (e.g. {@code bookworm}, {@code
 * bookworm-updates}, {@code bookworm-security}), as deb822 text for mmdebstrap. Reads {@code
 * sources.list} and {@code sources.list.d/*.list|*.sources}; other repositories (vendor repos,
 * disabled files) are left out, since the guest has neither their keys nor a use for them.
 */
public final class DebianSources {
  private DebianSources() {}

  /** The entries of {@code etcApt} for {@code suite}; empty text when none are configured. */
  public static String read(Path etcApt, String suite) throws ImageException {
    List<SourceEntry> entries = new ArrayList<>();
    for (Path file : sourceFiles(etcApt)) {
      String text = readText(file);
      entries.addAll(
          file.toString().endsWith(".sources")
              ? SourceEntry.parseDeb822(text)
              : SourceEntry.parseOneLine(text));
    }
    return render(entries.stream().flatMap(entry -> entry.restrictedTo(suite).stream()).toList());
  }

  static String render(List<SourceEntry> entries) {
    return String.join("\n", entries.stream().map(SourceEntry::toDeb822).toList());
  }

  private static List<Path> sourceFiles(Path etcApt) throws ImageException {
    List<Path> files = new ArrayList<>();
    Path main = etcApt.resolve("sources.list");
    if (Files.isRegularFile(main)) {
      files.add(main);
    }
    Path parts = etcApt.resolve("sources.list.d");
    if (!Files.isDirectory(parts)) {
      return files;
    }
    try (Stream<Path> listing = Files.list(parts)) {
      listing.filter(DebianSources::isSourceFile).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new ImageException("cannot list " + parts + ": " + e.getMessage(), e);
    }
    return files;
  }

  private static boolean isSourceFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".list") || name.endsWith(".sources"));
  }

  private static String readText(Path file) throws ImageException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImageException("cannot read apt sources " + file + ": " + e.getMessage(), e);
    }
  }
}
