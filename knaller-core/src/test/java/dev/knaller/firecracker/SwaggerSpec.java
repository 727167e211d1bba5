package dev.knaller.firecracker;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The Firecracker v1.16.1 swagger from {@code ${knaller.shared.dir}/firecracker-api}; tests that
 * need it are skipped, with the reason, when it is absent.
 */
final class SwaggerSpec {
  private final Map<String, Object> root;

  private SwaggerSpec(Map<String, Object> root) {
    this.root = root;
  }

  /** Loads the spec, or skips the calling test when the shared directory does not hold it. */
  static SwaggerSpec load() throws IOException {
    String shared = System.getProperty("knaller.shared.dir");
    assumeTrue(shared != null, "system property knaller.shared.dir is not set (run through Maven)");
    Path yaml = Path.of(shared, "firecracker-api", "firecracker-v1.16.1.yaml");
    assumeTrue(Files.isRegularFile(yaml), "swagger not found at " + yaml);
    try (Reader reader = Files.newBufferedReader(yaml)) {
      LoaderOptions options = new LoaderOptions();
      Yaml parser =
          new Yaml(
              new SafeConstructor(options),
              new Representer(new DumperOptions()),
              new DumperOptions(),
              options,
              new OnlyTrueFalseAreBooleans());
      return new SwaggerSpec(parser.load(reader));
    }
  }

  /**
   * YAML 1.1 reads a bare {@code Off}, {@code On}, {@code yes} or {@code no} as a boolean, which
   * would turn the Logger level {@code Off} into {@code false}; swagger means YAML 1.2 here.
   */
  private static final class OnlyTrueFalseAreBooleans extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(
          Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+.0123456789");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }

  /** Every {@code METHOD /path} the spec defines. */
  List<String> operations() {
    List<String> operations = new ArrayList<>();
    paths()
        .forEach(
            (path, methods) ->
                map(methods).keySet().stream()
                    .filter(m -> List.of("get", "put", "patch", "delete").contains(m))
                    .forEach(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + path)));
    return operations;
  }

  /** The schema of the body parameter of {@code method path}, or null when it takes none. */
  Map<String, Object> bodySchema(String method, String path) {
    Map<String, Object> operation =
        map(map(paths().get(path)).get(method.toLowerCase(Locale.ROOT)));
    Object parameters = operation.get("parameters");
    if (parameters == null) {
      return null;
    }
    for (Object parameter : (List<?>) parameters) {
      if ("body".equals(map(parameter).get("in"))) {
        return map(map(parameter).get("schema"));
      }
    }
    return null;
  }

  Map<String, Object> definitions() {
    return map(root.get("definitions"));
  }

  Map<String, Object> definition(String name) {
    return map(definitions().get(name));
  }

  private Map<String, Object> paths() {
    return map(root.get("paths"));
  }

  @SuppressWarnings("unchecked") // SnakeYAML's SafeConstructor builds String-keyed maps
  static Map<String, Object> map(Object node) {
    return (Map<String, Object>) node;
  }
}
