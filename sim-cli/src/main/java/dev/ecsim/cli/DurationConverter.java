package dev.ecsim.cli;

import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.yaml.Quantities;
import dev.ecsim.scenario.yaml.QuantityException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --horizon 2d} with the scenario's duration syntax, to milliseconds. */
final class DurationConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    try {
      long millis = Quantities.durationMillis(value);
      if (millis <= 0) {
        throw new TypeConversionException("'" + value + "' must be above zero");
      }
      RunLimits.durationProblem(millis).ifPresent(problem -> {
        throw new TypeConversionException(problem);
      });
      return millis;
    } catch (QuantityException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
