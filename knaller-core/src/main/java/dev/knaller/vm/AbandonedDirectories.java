package dev.knaller.vm;

import dev.knaller.KnallerPaths;
import dev.knaller.VmInfo;
import dev.knaller.VmName;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * VM directories that no VM and no start owns, listed as dead VMs. A start killed (SIGKILL, a JVM
 * crash) before pasta ran leaves its directory, with a rootfs copy of any size, and its claim's
 * lock file; there is no socket yet, so the socket scan never sees it, and no launch script runs to
 * clean up after the owner (it does once pasta runs). Listing it lets the user see the disk it
 * takes and remove it with {@code stop --name}, which cleans a VM directory with no socket.
 *
 * <p>This is no state file: the directory is what is left, and it counts only while nothing else
 * explains it. A directory is skipped when its name's claim is held (a start in progress owns it
 * until its VM answers; its socket appears then), and when anything sits at its socket path (the
 * socket scan decides about that name). The claim is checked first: a start that ends between the
 * two checks has created its socket before it released the claim, so it is skipped, never shown as
 * dead. A stop can begin between them, though: it claims the name, then removes the socket, then
 * the directory. So a candidate is confirmed by reading the claims again and seeing the directory
 * still there. Read-only: nothing is created, locked or removed.
 */
final class AbandonedDirectories {
  private static final System.Logger LOG = System.getLogger(AbandonedDirectories.class.getName());

  private final KnallerPaths paths;

  AbandonedDirectories(KnallerPaths paths) {
    this.paths = paths;
  }

  /** Returns a dead VM for each abandoned directory, by name. */
  List<VmInfo> list() throws IOException {
    List<VmName> names = directoryNames();
    if (names.isEmpty()) {
      return List.of(); // the usual case: /proc/locks need not be read
    }
    HeldLocks locks = HeldLocks.read();
    List<VmLayout> candidates = new ArrayList<>();
    for (VmName name : names) {
      VmLayout layout = new VmLayout(paths, name);
      if (isAbandoned(layout, locks)) {
        candidates.add(layout);
      }
    }
    return candidates.isEmpty() ? List.of() : confirmed(candidates);
  }

  // A stop that claimed the name after the first read holds its claim now, or is done with the
  // directory.
  private List<VmInfo> confirmed(List<VmLayout> candidates) throws IOException {
    HeldLocks locks = HeldLocks.read();
    List<VmInfo> dead = new ArrayList<>();
    for (VmLayout layout : candidates) {
      if (!locks.isHeld(layout.claimFile())
          && Files.isDirectory(layout.vmDirectory(), LinkOption.NOFOLLOW_LINKS)) {
        dead.add(VmLister.dead(layout.name().value(), layout.socket()));
      }
    }
    return dead;
  }

  private boolean isAbandoned(VmLayout layout, HeldLocks locks) throws IOException {
    if (locks.isHeld(layout.claimFile())) {
      LOG.log(System.Logger.Level.DEBUG, "vm {0}: a start or stop is at work", layout.name());
      return false;
    }
    return !Files.exists(layout.socket(), LinkOption.NOFOLLOW_LINKS);
  }

  // Only a real directory with a valid VM name; a link or file in vms/ is someone else's.
  private List<VmName> directoryNames() throws IOException {
    if (!Files.isDirectory(paths.vmsDirectory())) {
      return List.of(); // no VM yet; asked first, as an exception costs a cold start
    }
    List<VmName> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(paths.vmsDirectory())) {
      for (Path entry : entries) {
        String file = entry.getFileName().toString();
        if (VmName.problem(file).isEmpty() && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          names.add(new VmName(file));
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    }
    return names;
  }
}
