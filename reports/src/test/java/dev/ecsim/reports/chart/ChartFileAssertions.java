package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** What every written chart must be: a PNG image that decodes, and an SVG document that parses. */
public final class ChartFileAssertions {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private ChartFileAssertions() {}

  /** A PNG (by its signature) that decodes to an image of the style's size, 1000 x 500. */
  public static void assertPng(Path png) throws Exception {
    byte[] bytes = Files.readAllBytes(png);
    assertThat(Arrays.copyOf(bytes, 8)).as(png.toString()).isEqualTo(PNG_MAGIC);
    var image = ImageIO.read(png.toFile());
    assertThat(image).as(png.toString()).isNotNull();
    assertThat(image.getWidth()).as(png.toString()).isEqualTo(1000);
    assertThat(image.getHeight()).as(png.toString()).isEqualTo(500);
  }

  /** Well-formed XML with an {@code svg} root that draws at least one path. */
  public static void assertSvg(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // Never fetch a DTD from the network while parsing.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document document = factory.newDocumentBuilder().parse(svg.toFile());
    assertThat(document.getDocumentElement().getLocalName()).as(svg.toString()).isEqualTo("svg");
    assertThat(document.getElementsByTagNameNS("*", "path").getLength()).as(svg.toString()).isPositive();
  }
}
