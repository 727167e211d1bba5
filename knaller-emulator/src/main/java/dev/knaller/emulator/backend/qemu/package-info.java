/**
 * The emulator's QEMU backend: a real guest behind the emulated Firecracker API, for end-to-end
 * tests on machines where Firecracker cannot run (no usable /dev/kvm).
 *
 * <p>InstanceStart launches qemu-system-x86_64 with what the client configured ({@link
 * QemuArguments}): kernel, initrd, boot args, drives in Firecracker's order (root first, so it is
 * {@code /dev/vda}) with their read-only flags, each TAP ({@code host_dev_name}) with its {@code
 * guest_mac}, vCPUs and memory; KVM when /dev/kvm opens read-write, else TCG ({@link Accelerator}).
 * The guest console goes to the emulator's stdout, or to the PUT /serial file. Firecracker loads an
 * ELF {@code vmlinux}; QEMU gets the {@code vmlinux}'s sibling {@code vmlinuz} when there is one
 * ({@link QemuKernel}), which knaller's image directory always has.
 *
 * <p>Lifecycle over QMP ({@link QmpClient}, {@link QemuProcess}): SendCtrlAltDel is {@code send-key
 * ctrl-alt-delete}; PATCH /vm Paused/Resumed is {@code stop}/{@code cont}; with {@code -no-reboot
 * -no-shutdown}, a guest reset stops QEMU with a SHUTDOWN event, on which the backend quits QEMU so
 * the process exits 0, as Firecracker does with {@code reboot=k}; a guest poweroff leaves it
 * running, as Firecracker on x86 does.
 *
 * <p>Measured on this machine (TCG, 2 vCPUs, Debian 12 cloud kernel, image from {@code knaller
 * image build}): InstanceStart to sshd answering 19 to 54 s depending on load; Ctrl+Alt+Del to exit
 * 2 to 3 s.
 */
package dev.knaller.emulator.backend.qemu;
