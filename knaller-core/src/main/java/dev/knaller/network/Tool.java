package dev.knaller.network;

/** A host program knaller runs, with the Debian package that provides it. */
public record Tool(String command, String debianPackage) {
  public static final Tool PASTA = new Tool("pasta", "passt");
  public static final Tool NFT = new Tool("nft", "nftables");
  public static final Tool IP = new Tool("ip", "iproute2");

  /** Returns the remedy for a missing tool, such as {@code apt install nftables}. */
  public String installHint() {
    return "install the " + debianPackage + " package (apt install " + debianPackage + ")";
  }
}
