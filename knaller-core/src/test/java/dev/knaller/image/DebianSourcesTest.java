package dev.knaller.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebianSourcesTest {
  @TempDir Path apt;

  @Test
  void keepsTheSuiteFamilyFromDeb822AndDropsOtherRepositories() throws Exception {
    write(
        "sources.list.d/debian.sources",
        """
        Types: deb
        # http://snapshot.debian.org/archive/debian/20250520T000000Z
        URIs: http://deb.debian.org/debian
        Suites: bookworm bookworm-updates
        Components: main
        Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

        Types: deb
        URIs: http://deb.debian.org/debian-security
        Suites: bookworm-security
        Components: main
        Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
        """);
    write(
        "sources.list.d/nodesource.sources",
        """
        Types: deb
        URIs: https://deb.nodesource.com/node_20.x
        Suites: nodistro
        Components: main
        """);
    write(
        "sources.list.d/google.list.disabled-by-farm",
        "deb https://packages.cloud.google.com/apt cloud-sdk-bookworm main\n");

    assertThat(DebianSources.read(apt, "bookworm"))
        .isEqualTo(
            """
        Types: deb
        URIs: http://deb.debian.org/debian
        Suites: bookworm bookworm-updates
        Components: main
        Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

        Types: deb
        URIs: http://deb.debian.org/debian-security
        Suites: bookworm-security
        Components: main
        Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
        """);
  }

  @Test
  void convertsOneLineEntriesWithOptionsAndSkipsSourceAndOtherSuites() throws Exception {
    write(
        "sources.list",
        """
        # main archive
        deb [arch=amd64 signed-by=/k.gpg] http://mirror.example/debian bookworm main contrib
        deb-src http://mirror.example/debian bookworm main
        deb http://mirror.example/debian trixie main
        deb http://security.example/debian-security bookworm-security main # trailing
        """);

    assertThat(DebianSources.read(apt, "bookworm"))
        .isEqualTo(
            """
        Types: deb
        URIs: http://mirror.example/debian
        Suites: bookworm
        Components: main contrib
        Architectures: amd64
        Signed-By: /k.gpg

        Types: deb
        URIs: http://security.example/debian-security
        Suites: bookworm-security
        Components: main
        """);
  }

  @Test
  void leavesOutDisabledStanzasAndOtherSuitesOfAMixedStanza() throws Exception {
    write(
        "sources.list.d/mixed.sources",
        """
        Types: deb deb-src
        URIs: http://m.example/debian
        Suites: trixie bookworm
        Components: main

        Enabled: no
        Types: deb
        URIs: http://off.example/debian
        Suites: bookworm
        Components: main
        """);

    assertThat(DebianSources.read(apt, "bookworm"))
        .isEqualTo(
            """
        Types: deb
        URIs: http://m.example/debian
        Suites: bookworm
        Components: main
        """);
  }

  @Test
  void noConfiguredSourcesGiveEmptyText() throws Exception {
    assertThat(DebianSources.read(apt, "bookworm")).isEmpty();
  }

  private void write(String name, String text) throws Exception {
    Path file = apt.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
