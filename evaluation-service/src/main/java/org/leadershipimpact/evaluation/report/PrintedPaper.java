package org.leadershipimpact.evaluation.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The board paper as PDF, made from the very page a browser shows (so the two cannot say different
 * things) by openhtmltopdf: A4 and page numbers from the page's own @page rules, charts drawn from
 * their inline SVG. No browser runs on the server.
 */
public final class PrintedPaper {

    private PrintedPaper() {
    }

    public static byte[] of(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (String family : List.of("Arial", "Helvetica", "sans-serif")) {
            font(builder, family, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
            font(builder, family, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, family, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
        }
        builder.withHtmlContent(html, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The board paper could not be printed", e);
        }
        return pdf.toByteArray();
    }

    /** PDF's built-in Helvetica has no − (minus) and no full £ coverage: every family the page asks for is Liberation Sans, embedded. */
    private static void font(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        builder.useFont(() -> PrintedPaper.class.getClassLoader().getResourceAsStream("liberation/" + file), family, weight, style, true);
    }
}
