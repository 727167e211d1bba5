package dev.knaller.firecracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.json.JsonBinder;
import dev.knaller.json.JsonName;
import dev.knaller.json.KebabCaseKeys;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each swagger definition has a model type whose fields and enum values match it exactly. */
class ModelCoverageTest {
  private static final String MODEL = "dev.knaller.firecracker.model.";
  private static final Map<String, String> RENAMED =
      Map.of("Error", "ApiError", "FirecrackerVersion", "FirecrackerVersionInfo");

  /** Free-form JSON: sent and received as a {@code Map<String, Object>} tree, not a record. */
  private static final Set<String> FREE_FORM = Set.of("MmdsContentsObject");

  private SwaggerSpec spec;

  @BeforeEach
  void load() throws IOException {
    spec = SwaggerSpec.load();
  }

  @Test
  void everyObjectDefinitionIsARecordWithExactlyItsProperties() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (String name : spec.definitions().keySet()) {
      Map<String, Object> definition = spec.definition(name);
      if (FREE_FORM.contains(name) || !"object".equals(definition.get("type"))) {
        continue;
      }
      Class<?> type = Class.forName(MODEL + RENAMED.getOrDefault(name, name));
      Set<String> expected = new TreeSet<>(SwaggerSpec.map(definition.get("properties")).keySet());
      if (!type.isRecord() || !expected.equals(wireNames(type))) {
        mismatches.add(name + ": swagger " + expected + " vs model " + wireNames(type));
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyEnumMatchesItsSwaggerValues() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (String name : spec.definitions().keySet()) {
      Map<String, Object> definition = spec.definition(name);
      if (definition.get("enum") instanceof List<?> values) {
        compare(name, values, Class.forName(MODEL + name), mismatches);
      }
      if (definition.get("properties") instanceof Map<?, ?> properties) {
        compareEnumProperties(name, properties, mismatches);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void freeFormDefinitionsAreOpenObjects() {
    for (String name : FREE_FORM) {
      assertThat(spec.definition(name)).containsEntry("additionalProperties", true);
    }
  }

  private void compareEnumProperties(String name, Map<?, ?> properties, List<String> mismatches)
      throws ClassNotFoundException {
    Class<?> type = Class.forName(MODEL + RENAMED.getOrDefault(name, name));
    for (RecordComponent component : type.getRecordComponents()) {
      Object property = properties.get(wireName(component));
      if (property instanceof Map<?, ?> schema && schema.get("enum") instanceof List<?> values) {
        compare(name + "." + wireName(component), values, component.getType(), mismatches);
      }
    }
  }

  private static void compare(String where, List<?> values, Class<?> type, List<String> out) {
    List<String> expected = values.stream().map(String::valueOf).toList();
    List<Object> actual =
        type.isEnum()
            ? Arrays.stream(type.getEnumConstants()).map(JsonBinder::toTree).toList()
            : List.of("not an enum: " + type.getName());
    if (!expected.equals(actual)) {
      out.add(where + ": swagger " + expected + " vs model " + actual);
    }
  }

  private static Set<String> wireNames(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      names.add(wireName(component));
    }
    return names;
  }

  /** The binder's naming rule, restated so a binder bug cannot hide a model mismatch. */
  private static String wireName(RecordComponent component) {
    JsonName name = component.getAnnotation(JsonName.class);
    if (name != null) {
      return name.value();
    }
    String separator =
        KebabCaseKeys.class.isAssignableFrom(component.getDeclaringRecord()) ? "-" : "_";
    return component.getName().replaceAll("([A-Z])", separator + "$1").toLowerCase(Locale.ROOT);
  }
}
