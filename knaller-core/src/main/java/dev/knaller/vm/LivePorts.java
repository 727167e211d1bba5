package dev.knaller.vm;

import dev.knaller.network.pasta.PastaArgv;
import dev.knaller.process.ProcessInfo;
import dev.knaller.process.ProcessTable;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** The SSH ports running VMs use, read from their pasta processes' argv in one scan. */
final class LivePorts {
  private LivePorts() {}

  static Set<Integer> read() throws IOException {
    return of(ProcessTable.read());
  }

  static Set<Integer> of(ProcessTable table) {
    return table.processes().stream()
        .map(ProcessInfo::argv)
        .filter(PastaArgv::isPasta)
        .map(PastaArgv::sshHostPort)
        .filter(OptionalInt::isPresent)
        .map(OptionalInt::getAsInt)
        .collect(Collectors.toUnmodifiableSet());
  }
}
