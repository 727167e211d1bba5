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
 * <p>Process tree of a running VM: the starting JVM (the VM's owner), then pasta (in a session of
 * its own), then, as PID 1 of pasta's new user, network and PID namespaces, the shell running the
 * launch script, and as its children Firecracker and a watchdog that ends Firecracker once the
 * owner is gone (see {@link dev.knaller.network.pasta.LaunchScript}). {@link
 * dev.knaller.vm.VmLister} and {@link dev.knaller.vm.VmStopper} rebuild everything from {@code
 * sockets/*.socket} and one scan of {@code /proc} ({@code VmProcesses}).
 */
package dev.knaller.vm;
