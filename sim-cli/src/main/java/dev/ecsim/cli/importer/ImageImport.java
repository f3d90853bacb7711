package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code images:} map from ECR describe-images: each image a task definition names in an ECR
 * repository ({@code ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO:TAG} or {@code ...@sha256:...})
 * found among the saved image details, with its size in MiB rounded up. Without an entry the
 * loader takes 250 MiB.
 */
final class ImageImport {
  /** An ECR image URI (Amazon ECR, Pushing and pulling images): registry host, repository, then a tag or a digest. */
  private static final Pattern ECR = Pattern.compile(
      "(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?/([^:@]+)(?::([^@]+))?(?:@(.+))?");
  private static final double MIB = 1024 * 1024;

  private ImageImport() {}

  /** Image name → size in MiB, rounded up, in the order the task definitions name them. */
  static Map<String, Long> sizes(AwsExport export, List<JsonNode> taskDefinitions) {
    List<JsonNode> details = export.items(AwsShape.ECR_IMAGES);
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (JsonNode definition : taskDefinitions) {
      for (JsonNode container : Json.list(definition, "containerDefinitions")) {
        Json.text(container, "image").ifPresent(image -> detail(details, image)
            .flatMap(d -> Json.number(d, "imageSizeInBytes"))
            .ifPresent(bytes -> sizes.put(image, (long) Math.ceil(bytes.asLong() / MIB))));
      }
    }
    return sizes;
  }

  /** The image's details: same account (when printed) and repository, and its tag (latest when none) or digest. */
  private static Optional<JsonNode> detail(List<JsonNode> details, String image) {
    Matcher m = ECR.matcher(image);
    if (!m.matches()) {
      return Optional.empty();
    }
    String account = m.group(1);
    String repository = m.group(2);
    String tag = m.group(3) == null && m.group(4) == null ? "latest" : m.group(3);
    String digest = m.group(4);
    return details.stream()
        .filter(d -> Json.text(d, "registryId").map(account::equals).orElse(true))
        .filter(d -> repository.equals(Json.text(d, "repositoryName").orElse(null)))
        .filter(d -> digest != null ? digest.equals(Json.text(d, "imageDigest").orElse(null))
            : Json.list(d, "imageTags").stream().anyMatch(t -> t.asText().equals(tag)))
        .findFirst();
  }

  static void write(YamlText yaml, Map<String, Long> sizes) {
    if (sizes.isEmpty()) {
      return;
    }
    yaml.comment(0, "aws ecr describe-images, imageSizeInBytes rounded up to MiB. ECR reports the compressed size\n"
        + "of the layers, which is what a pull transfers: the size ecsim times a pull by.");
    yaml.line(0, "images:");
    sizes.forEach((image, mib) -> yaml.line(1, YamlText.scalar(image) + ": " + mib + "MiB"));
  }
}
