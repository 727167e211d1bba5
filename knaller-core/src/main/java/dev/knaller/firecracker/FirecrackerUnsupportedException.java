package dev.knaller.firecracker;

/** The request needs a newer Firecracker than the one behind the socket; refused before sending. */
public final class FirecrackerUnsupportedException extends FirecrackerException {
  private final FirecrackerFeature feature;
  private final FirecrackerVersion found;

  /** Creates the exception for {@code feature}, which {@code found} lacks. */
  public FirecrackerUnsupportedException(FirecrackerFeature feature, FirecrackerVersion found) {
    super(
        "Firecracker >= "
            + feature.minimum()
            + " required for "
            + feature.description()
            + ", found "
            + found
            + "; leave the field out or use a newer Firecracker");
    this.feature = feature;
    this.found = found;
  }

  /** The missing feature. */
  public FirecrackerFeature feature() {
    return feature;
  }

  /** The version the server reported. */
  public FirecrackerVersion found() {
    return found;
  }
}
