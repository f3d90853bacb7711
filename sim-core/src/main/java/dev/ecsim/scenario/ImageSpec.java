package dev.ecsim.scenario;

/** A container image by name, with the size that has to be pulled on a cache miss. */
public record ImageSpec(String name, double sizeMiB) {}
