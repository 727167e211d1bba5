package dev.knaller.cli;

import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.FirecrackerVersion;
import dev.knaller.network.ToolFinder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knaller version}: knaller's version and, when a binary is found, Firecracker's. */
@Command(name = "version", description = "Print knaller's version and Firecracker's, if found.")
final class VersionCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Option(
      names = "--firecracker",
      paramLabel = "FILE",
      description = "Firecracker binary to ask (default: firecracker on PATH, /usr/sbin, /sbin)")
  Path firecracker;

  @Override
  public Integer call() throws InterruptedException {
    System.out.println("knaller " + KnallerVersion.current());
    Optional<Path> binary =
        Optional.ofNullable(firecracker).or(() -> ToolFinder.system().find("firecracker"));
    String line = binary.isPresent() ? firecrackerLine(binary.get()) : "firecracker: not found";
    System.out.println(line);
    return ExitCodes.SUCCESS;
  }

  private static String firecrackerLine(Path binary) throws InterruptedException {
    try {
      return "firecracker " + FirecrackerVersion.ofBinary(binary) + " (" + binary + ")";
    } catch (FirecrackerException e) {
      return "firecracker: " + binary + " gave no version: " + e.getMessage();
    }
  }
}
