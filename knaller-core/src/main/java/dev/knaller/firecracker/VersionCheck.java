package dev.knaller.firecracker;

/** A check that the server has a feature; throws when it lacks it. */
@FunctionalInterface
interface VersionCheck {
  /** Returns true, or throws {@link FirecrackerUnsupportedException}. */
  boolean require(FirecrackerFeature feature) throws FirecrackerException;
}
