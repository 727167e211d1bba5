/**
 * The guest image: how knaller gets a kernel Firecracker can boot, an initrd, and a root filesystem
 * a user can SSH into, and the user's SSH key pair for it.
 *
 * <h2>Default recipe: Debian 12 from this machine's apt sources</h2>
 *
 * <ol>
 *   <li>{@code mmdebstrap --mode=unshare} (rootless; needs a 65536-id range in /etc/subuid and
 *       /etc/subgid) or {@code --mode=root} as root, variant minbase plus systemd, openssh-server,
 *       iproute2, ca-certificates and the cloud kernel, written as a tarball. The apt sources are
 *       the Debian entries of /etc/apt/sources.list(.d) for the suite ({@link DebianSources});
 *       mmdebstrap would otherwise use deb.debian.org. Hooks ({@code essential-hook.sh}, {@code
 *       customize-hook.sh} beside this class) keep kernel NIC names (eth0), install the {@code ip=}
 *       network unit, remove the host keys and add root's authorized key.
 *   <li>One fakeroot session unpacks the tarball and runs {@code mkfs.ext4 -d} (e2fsprogs 1.47.0
 *       cannot read a tarball itself), giving a sparse 2 GiB image with owners, setuid bits and
 *       device nodes intact.
 *   <li>{@code vmlinuz} and {@code initrd.img} are copied from the tree; {@code vmlinux} is the ELF
 *       inside {@code vmlinuz} ({@link KernelExtractor}): Debian's cloud kernel holds it as a
 *       legacy LZ4 frame.
 * </ol>
 *
 * <p>Everything is staged beside {@code images/default/} and renamed into place; the manifest
 * records the recipe hash, so an unchanged recipe is not rebuilt. Measured here as the CI user: 80
 * to 145 s for a build (mostly mmdebstrap, depending on load), 453 MiB allocated of the 2 GiB
 * image.
 *
 * <h2>The guest at boot</h2>
 *
 * <p>Debian's cloud kernel has no IP autoconfiguration, so {@code knaller-net-setup} (a oneshot
 * unit before network.target and ssh) applies {@code
 * ip=<guest>::<gateway>:<mask>:<host>:eth0:off:<dns0>: <dns1>} itself: address, default route,
 * resolv.conf, hostname. {@code knaller-host-keys} runs {@code ssh-keygen -A} before ssh, so each
 * VM's first boot makes its own host keys. Root logs in by key only. Ctrl+Alt+Del reboots
 * (systemd's default), which with {@code reboot=k} ends the VMM.
 *
 * <h2>Alternative: Firecracker's CI artifacts</h2>
 *
 * <p>{@link FirecrackerCiRecipe} downloads the kernel and Ubuntu squashfs Firecracker's own CI uses
 * (the {@code spec.ccfc.min} bucket named in Firecracker's getting-started guide), and converts the
 * squashfs to ext4 with the user's key. It needs internet access, which knaller never uses unasked:
 * without {@code --allow-download} it fails saying so, and it is never run by the tests.
 */
package dev.knaller.image;
