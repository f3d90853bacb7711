package dev.ecsim.scenario;

/** RunTask's launchType: the alternative to a capacity provider strategy (ECS API: RunTask). */
public enum LaunchType {
  EC2, FARGATE
}
