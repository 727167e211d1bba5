package dev.knaller.cli;

import dev.knaller.KnallerException;
import dev.knaller.VmInfo;
import dev.knaller.VmName;
import dev.knaller.VmNotFoundException;
import dev.knaller.image.SshCommandLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code knaller ssh NAME [-- COMMAND...]}: logs into a running VM with the user's key. */
@Command(
    name = "ssh",
    mixinStandardHelpOptions = true,
    description = "Log into a VM as root (or run COMMAND there); exits with ssh's status.")
final class SshCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "VM to log into, e.g. web-1")
  String name;

  @Parameters(index = "1..*", paramLabel = "COMMAND", description = "Run this instead of a shell.")
  List<String> command = List.of();

  @Override
  public Integer call() throws KnallerException, InterruptedException, BadInputException {
    Optional<String> problem = VmName.problem(name);
    if (problem.isPresent()) {
      throw new BadInputException(problem.get());
    }
    int port = sshPort(CliPaths.knaller().list());
    Path key = CliPaths.current().sshPrivateKey();
    if (!Files.isRegularFile(key)) {
      throw new KnallerException(
          "no SSH key "
              + key
              + ": run 'knaller image build', which creates"
              + " it and bakes its public half into the image");
    }
    return exec(new SshCommandLine(key, port, command).argv());
  }

  private int sshPort(List<VmInfo> vms) throws KnallerException {
    VmInfo vm =
        vms.stream()
            .filter(info -> info.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new VmNotFoundException(
                        name, CliPaths.current().socketPath(new VmName(name)).toString()));
    return vm.sshHostPort()
        .orElseThrow(
            () ->
                new KnallerException(
                    "vm "
                        + name
                        + " has no SSH port forwarded (its pasta process is gone?);"
                        + " see 'knaller list'"));
  }

  private static int exec(List<String> argv) throws KnallerException, InterruptedException {
    try {
      return new ProcessBuilder(argv).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new KnallerException(
          "cannot run ssh (" + e.getMessage() + "); install openssh-client", e);
    }
  }
}
