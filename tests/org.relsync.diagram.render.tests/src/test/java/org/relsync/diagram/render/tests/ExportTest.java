package org.relsync.diagram.render.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.relsync.diagram.export.PngExporter;
import org.relsync.diagram.export.SvgExporter;
import org.relsync.diagram.layout.DiagramLayouter;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.scene.Scene;
import org.relsync.testing.Golden;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ExportTest {

    private static String svg(Scene scene) {
        return SvgExporter.toSvg(DiagramLayouter.layout(scene));
    }

    @Test
    void goldenSvgPerKind() {
        Golden.assertMatches(ExportTest.class, "entities.svg", svg(SampleScenes.entities()));
        Golden.assertMatches(ExportTest.class, "tables.svg", svg(SampleScenes.tables()));
        Golden.assertMatches(ExportTest.class, "mappings.svg", svg(SampleScenes.mappings()));
    }

    @Test
    void identicalInputGivesIdenticalBytes() {
        Scene scene = GeneratedScenes.tables(120, 3, 5);
        byte[] first = svg(scene).getBytes(StandardCharsets.UTF_8);
        byte[] second = svg(GeneratedScenes.tables(120, 3, 5)).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(first, second);
    }

    @Test
    void theSvgIsWellFormedWithAViewBoxASizeIdsAndStateClasses() throws Exception {
        String text = svg(SampleScenes.tables());
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(text)));
        Element root = document.getDocumentElement();
        assertTrue(root.getAttribute("viewBox").matches("0 0 [0-9.]+ [0-9.]+"), root.getAttribute("viewBox"));
        assertTrue(!root.getAttribute("width").isEmpty() && !root.getAttribute("height").isEmpty());
        assertEquals(1, document.getElementsByTagName("style").getLength());
        assertTrue(text.contains("class=\"node table marked\" data-id=\"t3\""), "a marked table");
        assertTrue(text.contains("class=\"node table orphan\" data-id=\"t4\""), "an orphan table");
        assertTrue(text.contains("class=\"row marked\" data-id=\"t1.c3\""), "a marked column");
        assertTrue(text.contains("class=\"edge edge-foreign-key\" data-id=\"k1\""), "a foreign key");
        assertTrue(text.contains(">orphan: warning</text>") && text.contains(">orphan: mark</text>"), "orphan badges say the action");
        assertTrue(text.contains("class=\"legend\""), "a legend");
        String entities = svg(SampleScenes.entities());
        assertTrue(entities.contains("<title>Customer: two fields are named &quot;email&quot;\nCustomer.email: no column type"),
                "the problem badge lists the messages");
        assertTrue(entities.contains(">unmapped</text>"), "an unmapped entity's badge");
        assertTrue(entities.contains("class=\"node typed-view renamed faded\""), "faded");
    }

    @Test
    void pngOfASmallDiagram() throws Exception {
        Layout layout = DiagramLayouter.layout(SampleScenes.tables());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngExporter.write(layout, 2, PngExporter.MAX_PIXELS, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void pngOfTwoThousandTablesIsScaledDownAndFitsInABoundedHeap() throws Exception {
        Layout layout = DiagramLayouter.layout(GeneratedScenes.tables(2000, 5, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long cap = 8_000_000L;
        PngExporter.write(layout, 2, cap, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertTrue((long) image.getWidth() * image.getHeight() <= cap, image.getWidth() + "x" + image.getHeight());
        assertTrue(Runtime.getRuntime().maxMemory() <= 600L * 1024 * 1024, "the test runs with a bounded heap");
    }
}
