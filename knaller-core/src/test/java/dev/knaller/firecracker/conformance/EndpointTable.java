package dev.knaller.firecracker.conformance;

import java.util.ArrayList;
import java.util.List;

/** Every client method (the 41 method and path pairs, with actions and PATCH /vm split). */
final class EndpointTable {
  private EndpointTable() {}

  static List<EndpointRow> rows() {
    List<EndpointRow> rows = new ArrayList<>(ConfigurationRows.all());
    rows.addAll(RuntimeRows.all());
    return rows;
  }
}
