package dev.knaller.emulator;

import dev.knaller.emulator.cli.FlagSpec;

/** {@code --help}: the banner line, then one line per flag. */
final class HelpText {
  private HelpText() {}

  static String render(Profile profile) {
    var text = new StringBuilder("Firecracker v" + profile.version() + "\n\n");
    text.append("Usage: firecracker [--name value]...\n\nArguments:\n");
    for (var flag : FlagSpec.of(profile).flags()) {
      String value = flag.takesValue() ? " <" + flag.name() + ">" : "";
      text.append("  --").append(flag.name()).append(value).append("\n      ");
      text.append(flag.help()).append('\n');
    }
    return text.toString();
  }
}
