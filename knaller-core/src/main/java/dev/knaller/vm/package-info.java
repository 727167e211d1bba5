/**
 * The VM lifecycle behind {@link dev.knaller.Knaller}: start, list and stop, with no state file.
 *
 * <p>A start ({@code VmStart}) is a list of named steps run by {@link
 * dev.knaller.vm.StartSequence}: validate, preflight, claim the name, prepare the VM directory,
 * copy the rootfs, plan the network, check the Firecracker version, start pasta and Firecracker,
 * wait for the API socket, configure, boot. Each step that creates something pushes its undo onto
 * an {@link dev.knaller.vm.UndoStack}; a failure unwinds it, newest first, and a booted VM keeps
 * the rest as its cleanup.
 *
 * <p>Process tree of a running VM: the starting JVM, then pasta (in a session of its own), then, as
 * PID 1 of pasta's new user, network and PID namespaces, the launch script exec'd into Firecracker.
 * {@link dev.knaller.vm.VmLister} and {@link dev.knaller.vm.VmStopper} rebuild everything from
 * {@code sockets/*.socket} and one scan of {@code /proc}.
 */
package dev.knaller.vm;
