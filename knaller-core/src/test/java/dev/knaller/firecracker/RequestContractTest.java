package dev.knaller.firecracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.json.JsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every body the client puts on the wire, validated against the v1.16.1 swagger definition of its
 * endpoint: required fields present, no unknown properties, types and enum values as defined.
 */
class RequestContractTest {
  @TempDir Path directory;
  private SwaggerSpec spec;
  private FakeFirecrackerServer server;
  private FirecrackerClient client;

  @BeforeEach
  void start() throws IOException {
    spec = SwaggerSpec.load();
    server = FakeFirecrackerServer.start(directory);
    client =
        FirecrackerClient.builder(server.socket()).version(FirecrackerVersion.of(1, 16, 1)).build();
  }

  @AfterEach
  void stop() throws IOException {
    if (client != null) {
      client.close();
      server.close();
    }
  }

  static Stream<EndpointCase> bodies() {
    return Stream.concat(FullRequests.all().stream(), typicalBodies());
  }

  /**
   * The typical requests of {@link EndpointCases} too, except the partial PATCH /machine-config:
   * the swagger reuses MachineConfiguration (which requires vcpu_count and mem_size_mib) for that
   * PATCH while describing it as "a subset", and Firecracker since 1.11 accepts any subset.
   */
  private static Stream<EndpointCase> typicalBodies() {
    return EndpointCases.all().stream()
        .filter(c -> c.body() != null && !c.name().equals("patchMachineConfig"))
        .map(
            c ->
                new EndpointCase(
                    c.name() + " (typical)",
                    c.call(),
                    c.method(),
                    templatePath(c.path()),
                    c.body(),
                    c.answer()));
  }

  private static String templatePath(String path) {
    return path.replaceFirst("^/drives/.*", "/drives/{drive_id}")
        .replaceFirst("^/network-interfaces/.*", "/network-interfaces/{iface_id}")
        .replaceFirst("^/pmem/.*", "/pmem/{id}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void matchesTheSwaggerDefinition(EndpointCase request) throws FirecrackerException {
    request.call().call(client);

    Map<String, Object> schema = spec.bodySchema(request.method(), request.path());
    assertThat(schema).as("body schema of " + request.method() + " " + request.path()).isNotNull();
    Object body = JsonReader.parse(server.lastRequest().body());
    List<String> errors = SchemaValidator.validate(spec, body, schema);
    assertThat(errors).as(server.lastRequest().body()).isEmpty();
  }
}
