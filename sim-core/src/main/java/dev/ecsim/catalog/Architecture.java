package dev.ecsim.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CPU architecture of an instance type. The ECS attribute `ecs.cpu-architecture` spells it
 * "x86_64"/"arm64"; a task definition's `runtimePlatform.cpuArchitecture` spells it
 * "X86_64"/"ARM64", so parsing ignores case.
 */
public enum Architecture {
  X86_64("x86_64"),
  ARM64("arm64");

  private final String ecsName;

  Architecture(String ecsName) {
    this.ecsName = ecsName;
  }

  public String ecsName() {
    return ecsName;
  }

  public static Architecture parse(String text) {
    for (Architecture a : values()) {
      if (a.ecsName.equals(text.toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown architecture '" + text + "'; valid: "
            + Arrays.stream(values()).map(Architecture::ecsName).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return ecsName;
  }
}
