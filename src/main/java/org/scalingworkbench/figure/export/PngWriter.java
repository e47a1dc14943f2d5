package org.scalingworkbench.figure.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.scalingworkbench.figure.Figure;

/** Rasterizes a figure at the size's DPI and writes a PNG whose pHYs chunk records that DPI. */
final class PngWriter {

    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    /** The figure drawn into an RGB image of the size's pixel dimensions (points scaled by dpi/72). */
    static BufferedImage rasterize(Figure figure, FigureSize size) {
        size.checkRaster();
        BufferedImage image = new BufferedImage(size.widthPixels(), size.heightPixels(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            double scale = size.dpi() / 72.0;
            g2.scale(scale, scale);
            figure.draw(g2, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints()));
        } finally {
            g2.dispose();
        }
        return image;
    }

    void write(Figure figure, FigureSize size, OutputStream out) throws IOException {
        BufferedImage image = rasterize(figure, size);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_FORMAT, physicalSize(size.dpi()));
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** The pHYs chunk: pixels per metre on both axes. */
    private static IIOMetadataNode physicalSize(double dpi) {
        IIOMetadataNode pHYs = new IIOMetadataNode("pHYs");
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        pHYs.setAttribute("pixelsPerUnitXAxis", perMetre);
        pHYs.setAttribute("pixelsPerUnitYAxis", perMetre);
        pHYs.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(pHYs);
        return root;
    }
}
