package dev.knaller.network;

/**
 * One unmet precondition of a rootless start.
 *
 * @param check short name of what was checked: {@code user}, {@code /dev/net/tun}, {@code user
 *     namespaces}, or a tool's command
 * @param message what is wrong and how to fix it
 */
public record PreflightProblem(String check, String message) {}
