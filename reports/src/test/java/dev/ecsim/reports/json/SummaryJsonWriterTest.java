package dev.ecsim.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsim.reports.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SummaryJsonWriterTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void prettyPrintsWithTwoSpacesLineFeedsAndATrailingNewline() throws IOException {
    ObjectNode tree = mapper.createObjectNode();
    tree.put("schemaVersion", 1);
    tree.put("scenario", "café – ünïcode");
    tree.putObject("cost").put("totalUsd", 12.34).putObject("byService");
    tree.putArray("list").add(1).add(2);

    String json = new String(SummaryJsonWriter.toBytes(tree), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\n"
                + "  \"schemaVersion\": 1,\n"
                + "  \"scenario\": \"café – ünïcode\",\n"
                + "  \"cost\": {\n"
                + "    \"totalUsd\": 12.34,\n"
                + "    \"byService\": {}\n"
                + "  },\n"
                + "  \"list\": [\n"
                + "    1,\n"
                + "    2\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  void theSameTreeGivesTheSameBytesAndReadsBackEqual() throws IOException {
    JsonNode tree = Fixtures.replicatedSummaryJson();

    byte[] first = SummaryJsonWriter.toBytes(tree);
    byte[] second = SummaryJsonWriter.toBytes(tree.deepCopy());

    assertThat(first).isEqualTo(second);
    // Compared after a compact round trip: parsing turns the tree's long 1234 into an int node.
    assertThat(mapper.readTree(first)).isEqualTo(mapper.readTree(mapper.writeValueAsBytes(tree)));
    assertThat(new String(first, StandardCharsets.UTF_8))
        .contains("\"ci95HalfWidth\": {")
        .contains("\"totalUsd\": 1234.5,");
  }
}
