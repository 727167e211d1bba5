package dev.knaller.firecracker.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.firecracker.FirecrackerClient;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client against the emulator for every endpoint in every stage on every release: each cell
 * starts its own emulator, brings it to the stage through the API and makes one call, which must do
 * what API-NOTES says (success with the parsed model, the exact fault, or a local refusal).
 */
class EndpointMatrixTest {
  @TempDir static Path shared;
  private static Map<ApiProfile, SnapshotImage> snapshots;
  @TempDir Path own;

  @BeforeAll
  static void takeOneSnapshotPerRelease() throws Exception {
    snapshots = Snapshots.takeOnePerRelease(shared);
  }

  static List<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (ApiProfile profile : ApiProfile.values()) {
      for (VmStage stage : VmStage.values()) {
        for (EndpointRow row : EndpointTable.rows()) {
          cells.add(Arguments.of(profile, stage, row));
        }
      }
    }
    return cells;
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cells")
  void callDoesWhatTheNotesSay(ApiProfile profile, VmStage stage, EndpointRow row)
      throws Exception {
    var files = new HostFiles(shared, own, snapshots.get(profile));
    try (var vm = EmulatedVm.start(profile, own.resolve("api.sock"), true)) {
      vm.reach(stage, files, files.snapshot());

      Expectation expected = row.rule().expect(profile, stage);
      Outcomes.assertMeets(expected, () -> row.invocation().invoke(vm.client(), files));
    }
  }

  @Test
  void theTableHasEveryEndpointMethodOfTheClientOnce() {
    List<String> names = EndpointTable.rows().stream().map(EndpointRow::name).toList();

    assertThat(names)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(endpointMethods());
  }

  /** The client's methods that carry its (package-private) {@code @Endpoint} annotation. */
  private static List<String> endpointMethods() {
    List<String> names = new ArrayList<>();
    for (Method method : FirecrackerClient.class.getMethods()) {
      for (Annotation annotation : method.getDeclaredAnnotations()) {
        if (annotation.annotationType().getSimpleName().equals("Endpoint")) {
          names.add(method.getName());
        }
      }
    }
    return names;
  }
}
