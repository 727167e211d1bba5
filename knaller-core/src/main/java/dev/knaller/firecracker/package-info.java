/**
 * The Firecracker API client: {@link dev.knaller.firecracker.FirecrackerClient} with one method per
 * endpoint, {@link dev.knaller.firecracker.FirecrackerVersion} with the feature gates of each
 * release, and the checked exceptions rooted at {@link
 * dev.knaller.firecracker.FirecrackerException}. Uses only {@code dev.knaller.json}.
 */
package dev.knaller.firecracker;
