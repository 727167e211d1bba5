package dev.knaller.vm;

import dev.knaller.VmConfig;
import dev.knaller.process.OutputSink;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a VM's child output goes. Firecracker's stdout is the guest's serial console; stderr
 * carries pasta's, the launch script's and Firecracker's diagnostics (its tail is always kept for
 * error messages).
 */
final class ChildOutput {
  private ChildOutput() {}

  /**
   * The console: the configured stream, else the VM directory's console.log; in verbose mode also
   * stderr.
   */
  static OutputSink console(VmConfig config, VmLayout layout) {
    OutputSink target =
        config
            .consoleOutput()
            .map(OutputSink::forwardTo)
            .orElse(OutputSink.appendTo(layout.consoleLog()));
    return config.verbose() ? tee(target, OutputSink.forwardTo(System.err)) : target;
  }

  /** Diagnostics: the configured stream, else stderr in verbose mode, else nowhere. */
  static OutputSink diagnostics(VmConfig config) {
    if (config.processOutput().isPresent()) {
      return OutputSink.forwardTo(config.processOutput().get());
    }
    return config.verbose() ? OutputSink.forwardTo(System.err) : OutputSink.discard();
  }

  private static OutputSink tee(OutputSink first, OutputSink second) {
    return () -> new Tee(first.open(), second.open());
  }

  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int value) throws IOException {
      first.write(value);
      second.write(value);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      first.write(bytes, offset, length);
      second.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      try (first) {
        second.close();
      }
    }
  }
}
