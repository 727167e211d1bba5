package dev.knaller.cli;

import dev.knaller.KnallerException;
import dev.knaller.VmInfo;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code knaller list}: every VM with its state and facts, as a table or as JSON. */
@Command(
    name = "list",
    aliases = "ls",
    description = "List VMs: name, state, vCPUs, memory, guest IP, SSH port, PID, age.")
final class ListCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Option(names = "--json", description = "Print a JSON array instead of a table")
  boolean json;

  @Override
  public Integer call() throws KnallerException, InterruptedException {
    List<VmInfo> vms = CliPaths.knaller().list();
    Instant now = Instant.now();
    System.out.print(json ? VmJson.of(vms, now) : VmTable.of(vms, now));
    System.out.flush();
    return ExitCodes.SUCCESS;
  }
}
