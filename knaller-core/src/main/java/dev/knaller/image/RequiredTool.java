package dev.knaller.image;

import dev.knaller.network.Tool;
import dev.knaller.network.ToolFinder;
import java.nio.file.Path;

/** A build tool the image cannot be made without: found, or an error naming the package. */
final class RequiredTool {
  private RequiredTool() {}

  static Path find(ToolFinder finder, Tool tool) throws ImageException {
    return finder
        .find(tool)
        .map(Path::toAbsolutePath)
        .orElseThrow(
            () ->
                new ImageException(
                    tool.command()
                        + " was not found on PATH, /usr/sbin or /sbin; "
                        + tool.installHint()
                        + " or add its directory to PATH"));
  }
}
