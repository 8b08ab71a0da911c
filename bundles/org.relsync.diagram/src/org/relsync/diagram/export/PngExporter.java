package org.relsync.diagram.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * PNG from the SVG export, through Apache Batik's PNGTranscoder, so both look the same. The
 * picture is drawn at {@code scale} (2 for crisp text) unless that would pass {@link #MAX_PIXELS}:
 * a large diagram is scaled down to that many pixels, so its image buffer stays bounded (about
 * 4 bytes a pixel) and the export never runs out of memory.
 */
public final class PngExporter {

    /** At most this many pixels (16 M: 64 MB of image buffer). */
    public static final long MAX_PIXELS = 16_000_000L;

    private PngExporter() {
    }

    /** The width and height of the PNG of an SVG of {@code width} × {@code height} at {@code scale}, capped. */
    public static int[] size(double width, double height, double scale, long maxPixels) {
        double w = width * scale;
        double h = height * scale;
        if (w * h > maxPixels) {
            double shrink = Math.sqrt(maxPixels / (w * h));
            w *= shrink;
            h *= shrink;
        }
        return new int[] {Math.max(1, (int) Math.floor(w)), Math.max(1, (int) Math.floor(h))};
    }

    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern
            .compile("<svg [^>]*?width=\"([0-9.]+)\" height=\"([0-9.]+)\"");

    /**
     * Writes the PNG of {@code layout} to {@code out} at {@code scale}, capped at {@code maxPixels};
     * the level of detail follows the scale it is drawn at (below 0.45 only names, below 0.2 no text).
     */
    public static void write(org.relsync.diagram.layout.Layout layout, double scale, long maxPixels, OutputStream out)
            throws IOException {
        String full = SvgExporter.toSvg(layout, SvgExporter.Detail.OUTLINE);
        java.util.regex.Matcher matcher = SIZE.matcher(full);
        matcher.find();
        double width = Double.parseDouble(matcher.group(1));
        double height = Double.parseDouble(matcher.group(2));
        int[] size = size(width, height, scale, maxPixels);
        double drawn = size[0] / width;
        SvgExporter.Detail detail = drawn >= 0.45 ? SvgExporter.Detail.FULL
                : drawn >= 0.2 ? SvgExporter.Detail.NAMES : SvgExporter.Detail.OUTLINE;
        write(detail == SvgExporter.Detail.OUTLINE ? full : SvgExporter.toSvg(layout, detail), scale, maxPixels, out);
    }

    /** Writes the PNG of {@code svg} (an SVG of {@link SvgExporter}) to {@code out}. */
    public static void write(String svg, double scale, long maxPixels, OutputStream out) throws IOException {
        java.util.regex.Matcher matcher = SIZE.matcher(svg);
        if (!matcher.find()) {
            throw new IllegalArgumentException("the SVG has no width and height");
        }
        int[] size = size(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)), scale, maxPixels);
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) size[0]);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) size[1]);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        // Batik finds its parts (image writers, CSS and DOM extensions) by class name: inside OSGi
        // they are in this bundle's lib/ folder
        thread.setContextClassLoader(PngExporter.class.getClassLoader());
        String headless = System.getProperty("java.awt.headless");
        if (headless == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            TranscoderInput input = new TranscoderInput(new StringReader(svg));
            input.setURI("file:///relsync-diagram.svg");
            transcoder.transcode(input, new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IOException("cannot draw the PNG: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(context);
        }
    }
}
