package org.claimdesk.suggestion.ui;

import java.util.List;
import java.util.Locale;
import org.claimdesk.suggestion.ModelEvaluation.CurvePoint;
import org.jspecify.annotations.Nullable;

/**
 * The learning curve as an SVG image: micro F1 on the hold-out (exact and overlap) against the
 * number of training documents, with the rules' overlap F1 on the same documents as a dashed
 * line. Only numbers and fixed words go into it; it is shown as an image, never as markup.
 */
final class LearningCurveSvg {
    static final int WIDTH = 520;
    static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private LearningCurveSvg() {
    }

    static String of(List<CurvePoint> curve, @Nullable Double rulesOverlap) {
        int maxDocs = curve.stream().mapToInt(CurvePoint::documents).max().orElse(1);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(WIDTH).append("' height='").append(HEIGHT)
                .append("' font-family='sans-serif' font-size='11'>");
        b.append("<rect width='100%' height='100%' fill='white'/>");
        for (int i = 0; i <= 4; i++) {
            double f = i / 4.0;
            double y = y(f);
            b.append(line(LEFT, y, WIDTH - RIGHT, y, "#ddd", null));
            b.append(text(LEFT - 6, y + 4, "end", fmt(f)));
        }
        for (CurvePoint p : curve) {
            b.append(text(x(p.documents(), maxDocs), HEIGHT - BOTTOM + 16, "middle", String.valueOf(p.documents())));
        }
        b.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 6, "middle", "gold documents trained on"));
        b.append(text(12, TOP + 4, "start", "F1"));
        if (rulesOverlap != null && rulesOverlap >= 0) {
            b.append(line(LEFT, y(rulesOverlap), WIDTH - RIGHT, y(rulesOverlap), "#888", "6 4"));
            b.append(text(WIDTH - RIGHT, y(rulesOverlap) - 4, "end", "rules, overlap " + fmt(rulesOverlap)));
        }
        b.append(polyline(curve, maxDocs, true, "#1a7f37"));
        b.append(polyline(curve, maxDocs, false, "#0b5cad"));
        b.append(text(LEFT + 8, HEIGHT - BOTTOM - 22, "start", "overlap F1").replace("<text", "<text fill='#1a7f37'"));
        b.append(text(LEFT + 8, HEIGHT - BOTTOM - 8, "start", "exact F1").replace("<text", "<text fill='#0b5cad'"));
        return b.append("</svg>").toString();
    }

    private static String polyline(List<CurvePoint> curve, int maxDocs, boolean overlap, String colour) {
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (CurvePoint p : curve) {
            double x = x(p.documents(), maxDocs);
            double y = y(overlap ? p.overlap() : p.exact());
            points.append(num(x)).append(',').append(num(y)).append(' ');
            dots.append("<circle cx='").append(num(x)).append("' cy='").append(num(y)).append("' r='3' fill='")
                    .append(colour).append("'/>");
        }
        return "<polyline fill='none' stroke-width='2' stroke='" + colour + "' points='" + points.toString().strip()
                + "'/>" + dots;
    }

    private static double x(int documents, int maxDocs) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) documents / maxDocs;
    }

    private static double y(double f1) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - f1);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, @Nullable String dash) {
        return "<line x1='" + num(x1) + "' y1='" + num(y1) + "' x2='" + num(x2) + "' y2='" + num(y2) + "' stroke='" + colour
                + "'" + (dash == null ? "" : " stroke-dasharray='" + dash + "'") + "/>";
    }

    /** Only fixed words and numbers reach here. */
    private static String text(double x, double y, String anchor, String words) {
        return "<text x='" + num(x) + "' y='" + num(y) + "' text-anchor='" + anchor + "'>" + words + "</text>";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
