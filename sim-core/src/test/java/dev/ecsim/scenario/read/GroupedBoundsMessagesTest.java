package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bounds in the messages of quantities (task cpu, durations) group their digits as the numeric
 * fields' messages do: "196,608", not "196608".
 */
class GroupedBoundsMessagesTest {

  @Test
  void taskCpuAndWarmupBoundsAreGrouped() {
    List<ValidationIssue> issues = Scenarios.issues("""
        name: bounds
        duration: 1h
        cluster:
          capacityProviders:
            - name: asg
              type: ec2
              instanceTypes: [m5.xlarge]
              maxSize: 2
              managedScaling: {status: ENABLED, targetCapacity: 100, instanceWarmupPeriod: 12000s}
          defaultCapacityProviderStrategy: [{capacityProvider: asg}]
        taskDefinitions:
          - {family: big, cpu: 256vCPU, memory: 2048, containerDefinitions: [{name: c, image: "c:1"}]}
        """);

    // 256 vCPU = 262,144 CPU units; RegisterTaskDefinition takes 128 to 196,608 (192 vCPU).
    assertThat(issues).extracting(ValidationIssue::message)
        .anySatisfy(m -> assertThat(m).isEqualTo("task cpu 262,144 is out of range; valid: 128 to 196,608 CPU units"))
        // Managed scaling's instanceWarmupPeriod is 0 to 10,000 seconds (ECS API: ManagedScaling).
        .anySatisfy(m -> assertThat(m)
            .isEqualTo("instanceWarmupPeriod is 0 to 10,000 seconds, found 12,000 seconds"));
  }
}
