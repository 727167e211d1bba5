package dev.knaller.image;

/**
 * How mmdebstrap gets the root privileges a Debian tree needs. As a normal user it runs in a user
 * namespace mapping the user's subordinate ids ({@code --mode=unshare}); as root it needs none.
 */
public enum BootstrapMode {
  UNSHARE("unshare"),
  ROOT("root");

  private final String mmdebstrapMode;

  BootstrapMode(String mmdebstrapMode) {
    this.mmdebstrapMode = mmdebstrapMode;
  }

  public String mmdebstrapMode() {
    return mmdebstrapMode;
  }

  /** Root when {@code uid} is 0, else unshare if the user has enough subordinate ids. */
  public static BootstrapMode choose(long uid, String user, SubordinateIds ids)
      throws ImageException {
    if (uid == 0) {
      return ROOT;
    }
    if (ids.hasRangeFor(user, uid)) {
      return UNSHARE;
    }
    throw new ImageException(
        "user "
            + user
            + " (uid "
            + uid
            + ") has no range of "
            + SubordinateIds.NEEDED
            + " subordinate ids in /etc/subuid and /etc/subgid, which"
            + " mmdebstrap --mode=unshare needs: as root run 'usermod --add-subuids 100000-165535"
            + " --add-subgids 100000-165535 "
            + user
            + "' (and install package uidmap), or build as root");
  }
}
