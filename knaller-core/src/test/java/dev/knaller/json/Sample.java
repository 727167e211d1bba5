package dev.knaller.json;

import java.util.List;
import java.util.Map;

/** A record shaped like the API models, for binder tests. */
record Sample(
    Integer vcpuCount,
    Long memSizeMib,
    Boolean isRootDevice,
    String ipv4Address,
    @JsonName("boot-source") Inner bootSource,
    List<Inner> drives,
    Level level,
    Map<String, Object> freeForm) {
  record Inner(String kernelImagePath, Double ratio) {}

  enum Level implements JsonEnum {
    TWO_MIB,
    NONE;

    @Override
    public String wireName() {
      return this == TWO_MIB ? "2M" : name();
    }
  }
}
