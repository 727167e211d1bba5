/**
 * Running Firecracker inside its own pasta namespace: pasta's argv ({@link
 * dev.knaller.network.pasta.PastaCommand}), the script that builds the TAP, forwarding and NAT
 * there and then runs Firecracker while its owner lives ({@link
 * dev.knaller.network.pasta.LaunchScript}, which also records how the recipe was found), and
 * reading the SSH port back from a running pasta ({@link dev.knaller.network.pasta.PastaArgv}).
 */
package dev.knaller.network.pasta;
