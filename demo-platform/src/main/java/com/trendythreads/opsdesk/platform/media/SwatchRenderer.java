package com.trendythreads.opsdesk.platform.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/// Draws the product images of seeded products: a garment silhouette in the product's colour.
///
/// Seeded media rows point at `generated:<productId>:<n>` instead of a file, so seeding 50,000
/// products writes no image files; the first download renders the PNG and the media store keeps it.
/// Shapes only, no text: a headless JDK may have no fonts.
public final class SwatchRenderer {

    private static final Map<String, Color> COLOURS = Map.ofEntries(
            Map.entry("black", new Color(0x22, 0x22, 0x22)),
            Map.entry("white", new Color(0xF4, 0xF1, 0xEA)),
            Map.entry("navy", new Color(0x1F, 0x2A, 0x44)),
            Map.entry("blue", new Color(0x3A, 0x6E, 0xA5)),
            Map.entry("red", new Color(0xB2, 0x22, 0x22)),
            Map.entry("green", new Color(0x3C, 0x6E, 0x47)),
            Map.entry("olive", new Color(0x70, 0x6C, 0x3B)),
            Map.entry("beige", new Color(0xD8, 0xC8, 0xA8)),
            Map.entry("grey", new Color(0x8A, 0x8D, 0x91)),
            Map.entry("pink", new Color(0xE8, 0xA0, 0xB4)),
            Map.entry("brown", new Color(0x6B, 0x4A, 0x2F)),
            Map.entry("yellow", new Color(0xE3, 0xC5, 0x4A)),
            Map.entry("burgundy", new Color(0x6D, 0x1A, 0x2B)),
            Map.entry("cream", new Color(0xF2, 0xE8, 0xD0)),
            Map.entry("khaki", new Color(0xA8, 0x9F, 0x72)));

    /// A PNG of `width` × `height` showing a garment in `colourName` (unknown names get a colour
    /// derived from the name, so the same product always looks the same).
    public byte[] render(String colourName, int variant, int width, int height) {
        Color base = colour(colourName);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0xF7, 0xF7, 0xF5), 0, height, new Color(0xE6, 0xE4, 0xDF)));
            g.fillRect(0, 0, width, height);
            g.setColor(base);
            g.fillPolygon(garment(variant, width, height));
            g.setColor(base.darker());
            g.drawPolygon(garment(variant, width, height));
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Color colour(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        Color known = COLOURS.get(key);
        if (known != null) {
            return known;
        }
        int h = key.hashCode();
        return Color.getHSBColor((h & 0xFFFF) / 65535f, 0.35f + ((h >>> 16) & 0xFF) / 800f, 0.55f);
    }

    private static Polygon garment(int variant, int w, int h) {
        // Unit shapes on a 10 × 10 grid: a shirt, a dress and trousers.
        int[][] shape = switch (Math.floorMod(variant, 3)) {
            case 0 -> new int[][] {{3, 1}, {4, 1}, {5, 2}, {6, 1}, {7, 1}, {9, 3}, {8, 4}, {7, 3}, {7, 9}, {3, 9}, {3, 3}, {2, 4}, {1, 3}};
            case 1 -> new int[][] {{4, 1}, {6, 1}, {6, 3}, {8, 9}, {2, 9}, {4, 3}};
            default -> new int[][] {{3, 1}, {7, 1}, {8, 9}, {6, 9}, {5, 4}, {4, 9}, {2, 9}};
        };
        Polygon p = new Polygon();
        for (int[] pt : shape) {
            p.addPoint(pt[0] * w / 10, pt[1] * h / 10);
        }
        return p;
    }
}
