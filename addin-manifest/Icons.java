import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the add-in's icons (a target on Almi green) at 16, 32, 64 and 80 px, e.g.
 * {@code java addin-manifest/Icons.java src/main/resources/public/addin/icons}. Run once; the PNGs are committed.
 */
public class Icons {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "src/main/resources/public/addin/icons");
        dir.mkdirs();
        for (int size : new int[] {16, 32, 64, 80}) {
            BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double s = size;
            g.setColor(new Color(0x1f, 0x6f, 0x4a));
            g.fill(new RoundRectangle2D.Double(0, 0, s, s, s / 4, s / 4));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) Math.max(1.2, s / 14)));
            g.draw(new Ellipse2D.Double(s * 0.16, s * 0.16, s * 0.68, s * 0.68));
            g.draw(new Ellipse2D.Double(s * 0.32, s * 0.32, s * 0.36, s * 0.36));
            g.fill(new Ellipse2D.Double(s * 0.44, s * 0.44, s * 0.12, s * 0.12));
            g.dispose();
            ImageIO.write(img, "png", new File(dir, "icon-" + size + ".png"));
        }
    }
}
