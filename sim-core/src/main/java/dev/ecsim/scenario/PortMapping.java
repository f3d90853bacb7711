package dev.ecsim.scenario;

import java.util.OptionalInt;

/**
 * A container port mapping. A host port is static when given (or, in host network mode, always the
 * container port); otherwise bridge mode takes a dynamic port from the ephemeral range.
 */
public record PortMapping(int containerPort, OptionalInt hostPort, Protocol protocol) {

  public enum Protocol implements Spelled {
    TCP, UDP
  }
}
