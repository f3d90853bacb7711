package dev.ecsim.catalog;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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
