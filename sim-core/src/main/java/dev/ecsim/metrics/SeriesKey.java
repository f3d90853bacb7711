package dev.ecsim.metrics;

import java.util.Objects;
import java.util.Optional;

/**
 * Which {@link TimeSeries} column: what it measures and, for a per-entity kind, whose (the
 * capacity provider, service or job). Charts look columns up by these two; the column name in
 * timeseries.csv is made from them ({@link #column()}) and never read back.
 */
public record SeriesKey(SeriesKind kind, Optional<String> entity) {

  public SeriesKey {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(entity);
    if (kind.perEntity() != entity.isPresent()) {
      throw new IllegalArgumentException(kind + (kind.perEntity() ? " needs" : " takes no") + " entity");
    }
  }

  /** The cluster-wide column of {@code kind}. */
  public static SeriesKey of(SeriesKind kind) {
    return new SeriesKey(kind, Optional.empty());
  }

  /** The column of {@code kind} for one capacity provider, service or job. */
  public static SeriesKey of(SeriesKind kind, String entity) {
    return new SeriesKey(kind, Optional.of(entity));
  }

  /** The entity's name; only for a per-entity kind. */
  public String entityName() {
    return entity.orElseThrow(() -> new IllegalStateException(kind + " is cluster-wide"));
  }

  /** The column name timeseries.csv prints: the kind's prefix plus the entity, e.g. {@code instances.od}. */
  public String column() {
    return kind.spelling() + entity.orElse("");
  }

  @Override
  public String toString() {
    return column();
  }
}
