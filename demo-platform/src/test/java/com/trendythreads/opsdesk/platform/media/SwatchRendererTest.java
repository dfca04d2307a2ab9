package com.trendythreads.opsdesk.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SwatchRendererTest {

    private final SwatchRenderer renderer = new SwatchRenderer();

    @Test
    void drawsAPngOfTheAskedSizeWithTheGarmentInItsColour() throws IOException {
        byte[] png = renderer.render("red", 0, 300, 400);

        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(300);
        assertThat(img.getHeight()).isEqualTo(400);
        // The middle of the shirt is the product colour, the corner is the light background.
        assertThat(img.getRGB(150, 240) & 0xFFFFFF).isEqualTo(SwatchRenderer.colour("red").getRGB() & 0xFFFFFF);
        assertThat((img.getRGB(2, 2) >> 16) & 0xFF).isGreaterThan(0xE0);
    }

    @Test
    void theSameProductAlwaysLooksTheSame() {
        assertThat(renderer.render("Moss", 2, 60, 80)).isEqualTo(renderer.render("Moss", 2, 60, 80));
        assertThat(SwatchRenderer.colour("Moss")).isEqualTo(SwatchRenderer.colour("moss"));
    }
}
