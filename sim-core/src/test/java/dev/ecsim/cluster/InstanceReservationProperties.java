package dev.ecsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever tasks come and go, an instance's remaining resources are what it registered less what
 * the tasks on it hold, never below zero, and a task is taken exactly when nothing falls short.
 */
class InstanceReservationProperties {

  record Step(boolean release, int cpu, int memory, boolean eni, int port) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 1200),
        Arbitraries.integers().between(0, 4000), Arbitraries.of(true, false), Arbitraries.integers().between(0, 3))
        .as(Step::new).list().ofMaxSize(60);
  }

  @Property(tries = 300)
  void remainingIsRegisteredLessWhatTheTasksHold(@ForAll("steps") List<Step> steps) {
    ContainerInstance i = ContainerInstanceTest.m5Large(false);
    List<TaskRequirements> held = new ArrayList<>();
    for (Step s : steps) {
      if (s.release() && !held.isEmpty()) {
        i.release(held.remove(0));
      } else if (!s.release()) {
        // Port 0 stands for none; 1-3 are host ports 8001-8003 that tasks may contend for.
        TaskRequirements t = new TaskRequirements(s.cpu(), s.memory(),
            s.port() == 0 ? List.of() : List.of(8000 + s.port()), List.of(), 0, s.eni(), "g");
        boolean fits = s.cpu() <= i.remainingCpu() && s.memory() <= i.remainingMemoryMiB()
            && held.stream().noneMatch(h -> !t.staticTcpPorts().isEmpty() && h.staticTcpPorts().equals(t.staticTcpPorts()))
            && (!s.eni() || held.stream().filter(TaskRequirements::needsEni).count() < i.eniLimit());
        assertThat(i.shortfall(t) == Shortfall.NONE).as("takes %s with %s held", t, held).isEqualTo(fits);
        if (fits) {
          i.reserve(t);
          held.add(t);
        }
      }
      assertThat(i.remainingCpu()).isEqualTo(2048 - held.stream().mapToInt(TaskRequirements::cpu).sum())
          .isNotNegative();
      assertThat(i.remainingMemoryMiB()).isEqualTo(8028 - held.stream().mapToInt(TaskRequirements::memoryMiB).sum())
          .isNotNegative();
      assertThat(i.remainingEnis()).isEqualTo(2 - (int) held.stream().filter(TaskRequirements::needsEni).count());
      assertThat(i.taskCount()).isEqualTo(held.size());
    }
  }
}
