package dev.knaller.firecracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The client has a method for every operation in the swagger, and nothing it does not know. */
class EndpointCoverageTest {
  private static final Set<String> NOT_ENDPOINTS =
      Set.of("open", "builder", "socket", "connect", "knownVersion", "close");

  @Test
  void coversEveryOperationOfTheSwagger() throws IOException {
    List<String> operations = SwaggerSpec.load().operations();

    assertThat(operations).hasSize(38);
    assertThat(annotated(true)).isEqualTo(new TreeSet<>(operations));
  }

  @Test
  void marksOnlyTheUndocumentedDeleteRoutesAsOutsideTheSwagger() {
    assertThat(annotated(false))
        .containsExactly(
            "DELETE /drives/{drive_id}",
            "DELETE /network-interfaces/{iface_id}",
            "DELETE /pmem/{id}");
  }

  @Test
  void tagsEveryPublicMethodThatCallsTheApi() {
    List<String> untagged =
        publicMethods()
            .filter(m -> m.getAnnotation(Endpoint.class) == null)
            .map(Method::getName)
            .filter(name -> !NOT_ENDPOINTS.contains(name))
            .toList();

    assertThat(untagged).isEmpty();
  }

  @Test
  void hasAWireTestForEveryEndpointMethod() {
    Set<String> methods = new TreeSet<>();
    publicMethods()
        .filter(m -> m.getAnnotation(Endpoint.class) != null)
        .forEach(m -> methods.add(m.getName()));
    Set<String> tested = new TreeSet<>();
    EndpointCases.all().forEach(c -> tested.add(c.name()));

    assertThat(methods).hasSize(44);
    assertThat(tested).isEqualTo(methods);
  }

  private static Set<String> annotated(boolean inSwagger) {
    Set<String> operations = new TreeSet<>();
    publicMethods()
        .map(m -> m.getAnnotation(Endpoint.class))
        .filter(e -> e != null && e.inSwagger() == inSwagger)
        .forEach(e -> operations.add(e.method() + " " + e.path()));
    return operations;
  }

  private static java.util.stream.Stream<Method> publicMethods() {
    return Arrays.stream(FirecrackerClient.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic());
  }
}
