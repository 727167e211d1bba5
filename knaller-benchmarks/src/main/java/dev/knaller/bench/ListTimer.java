package dev.knaller.bench;

import dev.knaller.VmHost;
import dev.knaller.VmInfo;
import dev.knaller.VmState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the library's {@code list()} inside one JVM for several data directories, round-robin: the
 * first call (cold code) and the median of the rest, so the growth with the VM count shows without
 * the JVM start-up that a {@code knaller list} also pays.
 *
 * <p>Usage: {@code ListTimer ROUNDS DATA_DIR...}
 */
public final class ListTimer {
  private ListTimer() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    List<Path> directories = new ArrayList<>();
    List<List<Double>> millis = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      directories.add(Path.of(args[i]));
      millis.add(new ArrayList<>());
      counts.add(0);
    }
    for (int round = 0; round < rounds; round++) {
      for (int d = 0; d < directories.size(); d++) {
        long start = System.nanoTime();
        List<VmInfo> vms = VmHost.at(directories.get(d)).list();
        millis.get(d).add((System.nanoTime() - start) / 1e6);
        counts.set(d, running(vms));
      }
    }
    System.out.println("| VMs running | first call ms (cold) | median of the rest ms |");
    System.out.println("|---|---|---|");
    for (int d = 0; d < directories.size(); d++) {
      List<Double> values = millis.get(d);
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %d | %.1f | %.1f |",
              counts.get(d),
              values.get(0),
              Medians.median(values.subList(1, values.size()))));
    }
  }

  private static int running(List<VmInfo> vms) {
    int count = 0;
    for (VmInfo vm : vms) {
      count += vm.state() == VmState.RUNNING ? 1 : 0;
    }
    return count;
  }
}
