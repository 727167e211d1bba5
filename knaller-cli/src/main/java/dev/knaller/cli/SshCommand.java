package dev.knaller.cli;

import dev.knaller.KnallerException;
import dev.knaller.VmInfo;
import dev.knaller.VmName;
import dev.knaller.VmNotFoundException;
import dev.knaller.cli.args.Arguments;
import dev.knaller.cli.args.Parameter;
import dev.knaller.cli.args.Syntax;
import dev.knaller.cli.args.UsageException;
import dev.knaller.image.SshCommandLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code knaller ssh NAME [COMMAND...]}: logs into a running VM with the user's key. */
final class SshCommand implements Command {
  private static final Parameter NAME = Parameter.one("NAME", "VM to log into, e.g. web-1");
  private static final Parameter COMMAND = Parameter.rest("COMMAND", "Run this instead of a shell");
  private static final Syntax SYNTAX =
      Syntax.of("ssh", "Log into a VM as root (or run COMMAND there); exits with ssh's status.")
          .withDetails(
              "Every word after NAME belongs to COMMAND, options too. As with ssh, the words are",
              "joined and run by the guest's shell: quote them for it, e.g. 'ls \"/tmp/a b\"'.")
          .withParameters(NAME, COMMAND);

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  public int run(Arguments arguments)
      throws KnallerException, InterruptedException, UsageException {
    String name = CliNames.require(arguments.word(NAME));
    int port = sshPort(name, CliPaths.knaller().list());
    // A guest from the user's own rootfs may know only the user's own keys: then ssh offers those.
    Path key = CliPaths.current().sshPrivateKey();
    Optional<Path> knallerKey = Optional.of(key).filter(Files::isRegularFile);
    if (knallerKey.isEmpty()) {
      System.err.println(
          "knaller: no knaller key at "
              + key
              + " ('knaller image build' creates one), so ssh offers your own keys");
    }
    return exec(new SshCommandLine(knallerKey, port, arguments.words(COMMAND)).argv());
  }

  private static int sshPort(String name, List<VmInfo> vms) throws KnallerException {
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
