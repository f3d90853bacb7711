package dev.ecsim.cluster;

import dev.ecsim.catalog.InstanceType;
import java.util.Map;

/**
 * What an Auto Scaling group launches: the instance type, how much memory the agent registers,
 * the custom attributes the agent advertises, whether awsvpc trunking is on for the account, and
 * whether the agent cleans up unused images (not with ECS_IMAGE_PULL_BEHAVIOR=prefer-cached).
 */
public record LaunchTemplate(
    String capacityProvider,
    InstanceType type,
    double registeredMemoryFraction,
    Map<String, String> customAttributes,
    boolean awsvpcTrunking,
    String agentVersion,
    boolean imageCleanup) {}
