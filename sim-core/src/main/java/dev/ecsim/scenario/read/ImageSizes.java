package dev.ecsim.scenario.read;

import dev.ecsim.scenario.ImageSpec;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.NumericField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenario's {@code images:} map: image name or pattern to size, for images a task definition
 * names without a size (a real task definition never gives one). An exact name wins; else the
 * matching pattern with the most characters that are not {@code *}, so {@code web:*} beats {@code *}.
 */
final class ImageSizes {
  /**
   * The size of an image from a task definition file that no entry matches: 250 MiB, the size
   * docs/ecs-behaviour.md §2.2 takes as an ordinary image (the timed "250 MB image" from Docker
   * Hub, and the size above which AWS says SOCI lazy loading starts to pay off). Far from exact
   * for any one image; {@code validate} names each image that took it, and an {@code images:}
   * entry replaces it (ECR shows the size: {@code aws ecr describe-images}, imageSizeInBytes).
   */
  static final double DEFAULT_SIZE_MIB = 250;
  /** The largest size an entry may give, as for an inline {@code sizeMiB}. */
  static final double MAX_SIZE_MIB = 1_000_000;
  private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*(MiB|MB|GiB|GB)?",
      Pattern.CASE_INSENSITIVE);

  private record Entry(String pattern, double sizeMiB) {
    boolean exact() {
      return pattern.indexOf('*') < 0;
    }

    int literalCharacters() {
      return pattern.replace("*", "").length();
    }
  }

  static final ImageSizes NONE = new ImageSizes(List.of());

  private final List<Entry> entries;

  private ImageSizes(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** {@code images: {"nginx:*": 190MiB, "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:*": 1.2GiB}}. */
  static ImageSizes read(Node node) {
    if (!node.present()) {
      return NONE;
    }
    if (!node.isMapping()) {
      node.error("expected a mapping of image name or pattern to size, e.g. {\"nginx:*\": 190MiB}, found "
          + node.describe());
      return NONE;
    }
    List<Entry> entries = new ArrayList<>();
    for (String key : node.keys()) {
      Node value = node.child(key);
      if (key.isBlank()) {
        value.error("an image name or pattern may not be empty");
        continue;
      }
      value.text().flatMap(text -> size(value, text)).ifPresent(size -> entries.add(new Entry(key, size)));
    }
    return new ImageSizes(entries);
  }

  /** The size of an image named without one: the matching entry's, else empty. */
  Optional<Double> sizeOf(String image) {
    Entry best = null;
    for (Entry e : entries) {
      if (!matches(e.pattern(), image)) {
        continue;
      }
      if (best == null || (e.exact() && !best.exact())
          || (e.exact() == best.exact() && e.literalCharacters() > best.literalCharacters())) {
        best = e;
      }
    }
    return Optional.ofNullable(best).map(Entry::sizeMiB);
  }

  /**
   * An image named in a task definition file: its entry's size, else the default, which
   * {@code validate} reports at the image as a note.
   */
  ImageSpec forFileImage(Node imageNode, String image) {
    Optional<Double> size = sizeOf(image);
    if (size.isEmpty()) {
      imageNode.context().note(imageNode.path(), "image '" + image + "' matches no entry of the scenario's "
          + "images:, so it is taken to be " + (long) DEFAULT_SIZE_MIB + " MiB (the default)");
    }
    return new ImageSpec(image, size.orElse(DEFAULT_SIZE_MIB));
  }

  private static Optional<Double> size(Node value, String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      value.error("'" + text + "' is not an image size; use MiB (250 or 250MiB) or GiB (1.2GiB); MB and GB "
          + "count as MiB and GiB");
      return Optional.empty();
    }
    double size = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "mib" : m.group(2).toLowerCase(Locale.ROOT);
    double mib = unit.startsWith("g") ? size * 1024 : size;
    if (mib > MAX_SIZE_MIB) {
      value.error("an image of " + text + " is over the largest size taken, "
          + NumericField.show(MAX_SIZE_MIB) + " MiB");
      return Optional.empty();
    }
    return Optional.of(mib);
  }

  /**
   * Whether {@code name} matches {@code pattern}, where {@code *} stands for any characters (none
   * included): the two-pointer wildcard match, linear in practice and never worse than the product
   * of the lengths (a regular expression could backtrack far longer on a pattern of many stars).
   */
  static boolean matches(String pattern, String name) {
    int p = 0;
    int n = 0;
    int star = -1;
    int resume = 0;
    while (n < name.length()) {
      if (p < pattern.length() && pattern.charAt(p) != '*' && pattern.charAt(p) == name.charAt(n)) {
        p++;
        n++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = n;
      } else if (star >= 0) {
        p = star + 1;
        n = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
