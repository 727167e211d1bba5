package dev.knaller.cli;

import dev.knaller.KnallerException;
import dev.knaller.VmInfo;
import dev.knaller.cli.args.Arguments;
import dev.knaller.cli.args.Option;
import dev.knaller.cli.args.Syntax;
import java.time.Instant;
import java.util.List;

/** {@code knaller list}: every VM with its state and facts, as a table or as JSON. */
final class ListCommand implements Command {
  private static final Option<Boolean> JSON =
      Option.flag("Print a JSON array instead of a table", "--json");
  private static final Syntax SYNTAX =
      Syntax.of("list", "List VMs: name, state, vCPUs, memory, guest IP, SSH port, PID, age.")
          .withAliases("ls")
          .withOptions(JSON);

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  public int run(Arguments arguments) throws KnallerException, InterruptedException {
    List<VmInfo> vms = CliPaths.knaller().list();
    Instant now = Instant.now();
    System.out.print(arguments.has(JSON) ? VmJson.of(vms, now) : VmTable.of(vms, now));
    System.out.flush();
    return ExitCodes.SUCCESS;
  }
}
