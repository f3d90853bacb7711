package dev.ecsim.catalog;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How every bundled catalogue file is read: strict Jackson settings and one message shape for a
 * file that does not parse, so the EC2 and Fargate catalogues fail alike on a bad hand edit.
 */
final class CatalogJson {
  // Prices are read straight into USD fields, so any other currency would be misread.
  static final String CURRENCY = "USD";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      // A missing, null or fractional figure must not silently become 0 vCPU, a free instance or
      // a truncated ENI count.
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .build();

  private CatalogJson() {}

  static <T> T read(InputStream in, String origin, Class<T> type) throws IOException {
    try {
      return MAPPER.readValue(in, type);
    } catch (JacksonException e) {
      throw new IllegalStateException(origin + ": " + e.getOriginalMessage() + location(e), e);
    }
  }

  /** Opens a resource beside this class, or fails naming it. */
  /** Reads and validates one catalogue file. */
  @FunctionalInterface
  interface Parser<C> {
    C read(InputStream in, String origin) throws IOException;
  }

  /**
   * The bundled catalogue {@code PREFIX-REGION.json} of a region (read on every call; callers
   * cache), checked to be the region it says it is.
   *
   * @param what for messages: "EC2 instance catalogue", "Fargate catalogue"
   */
  static <C> C bundled(String region, List<String> bundledRegions, String what, String prefix, Parser<C> parser,
      Function<C, String> regionOf) {
    Objects.requireNonNull(region, "region");
    if (!bundledRegions.contains(region)) {
      throw new IllegalArgumentException("no bundled " + what + " for region '" + region + "'; bundled: "
          + String.join(", ", bundledRegions));
    }
    String resource = prefix + "-" + region + ".json";
    try (InputStream in = resource(resource)) {
      C catalog = parser.read(in, resource);
      if (!regionOf.apply(catalog).equals(region)) {
        throw new IllegalStateException(resource + ": region is '" + regionOf.apply(catalog) + "', expected '"
            + region + "'");
      }
      return catalog;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled catalogue " + resource, e);
    }
  }

  static InputStream resource(String name) {
    InputStream in = CatalogJson.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled catalogue " + name + " is missing from the classpath");
    }
    return in;
  }

  static void requireText(String value, String field, List<String> issues) {
    if (value == null || value.isBlank()) {
      issues.add(field + ": must be given");
    }
  }

  static void requireCurrency(String currency, List<String> issues) {
    if (!CURRENCY.equals(currency)) {
      issues.add("currency: '" + currency + "' is not supported; valid: " + CURRENCY);
    }
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr()
            + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
