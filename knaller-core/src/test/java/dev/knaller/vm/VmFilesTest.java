package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VmFilesTest {
  @TempDir Path scratch;

  @Test
  void aMissingDirectoryIsFine() throws Exception {
    VmFiles.deleteTree(scratch.resolve("never-there"));

    assertThat(scratch.resolve("never-there")).doesNotExist();
  }

  // A stop and the VM's own start clean up the same directory once Firecracker has exited; the
  // one whose walk loses the race must neither fail nor leave anything behind.
  @Test
  void twoCleanupsOfOneDirectoryAtOnceBothSucceedAndLeaveNothing() throws Exception {
    for (int round = 0; round < 30; round++) {
      Path vm = tree(scratch.resolve("vm-" + round));
      CyclicBarrier together = new CyclicBarrier(2);
      List<CompletableFuture<Void>> cleanups = new ArrayList<>();
      for (int side = 0; side < 2; side++) {
        cleanups.add(
            CompletableFuture.runAsync(
                () -> {
                  try {
                    together.await();
                    VmFiles.deleteTree(vm);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }

      for (CompletableFuture<Void> cleanup : cleanups) {
        cleanup.get();
      }
      assertThat(vm).doesNotExist();
    }
  }

  private static Path tree(Path root) throws Exception {
    for (int d = 0; d < 20; d++) {
      Path directory = Files.createDirectories(root.resolve("d" + d).resolve("inner"));
      for (int f = 0; f < 10; f++) {
        Files.writeString(directory.resolve("f" + f), "x");
      }
    }
    return root;
  }
}
