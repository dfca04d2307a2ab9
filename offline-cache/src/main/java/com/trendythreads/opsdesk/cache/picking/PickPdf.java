package com.trendythreads.opsdesk.cache.picking;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.Barcode;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.BarcodeEAN;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.rules.Ean13;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The printed pick list (lines in bin walking order, each with its EAN-13 to scan) and the packing slips
/// (one page per order, the order id as Code 128), as PDF.
public final class PickPdf {

    /// The printed words, in the user's language (the caller translates).
    public record Labels(String pickListTitle, String packingSlipTitle, String bin, String item, String sku,
            String quantity, String barcode, String picked, String order, String shortPick, String flagged) {
    }

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font WARN = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Font.NORMAL,
            new java.awt.Color(0xB0, 0x00, 0x20));

    private PickPdf() {
    }

    /// Writes the pick list to `file`: header with the list id as Code 128, then one row per line.
    public static void pickList(PickList list, Labels t, Path file) {
        write(file, (doc, cb) -> {
            doc.add(new Paragraph(t.pickListTitle() + " " + list.id() + " · " + nz(list.wave()), TITLE));
            doc.add(image(code128(list.id()), cb, 60));
            PdfPTable table = new PdfPTable(new float[] {1.1f, 3.0f, 2.3f, 0.6f, 2.6f, 1.0f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : List.of(t.bin(), t.item(), t.sku(), t.quantity(), t.barcode(), t.picked())) {
                table.addCell(cell(new Phrase(h, HEAD)));
            }
            for (PickLine l : walking(list.lines())) {
                table.addCell(cell(new Phrase(nz(l.bin()), HEAD)));
                table.addCell(cell(new Phrase(nz(l.title()) + "\n" + nz(l.colour()) + " · " + nz(l.size()), BODY)));
                table.addCell(cell(new Phrase(l.sku(), BODY)));
                table.addCell(cell(new Phrase(Integer.toString(l.quantity()), HEAD)));
                PdfPCell code = new PdfPCell(image(eanOrCode128(l.ean()), cb, 40), false);
                code.setPadding(4);
                table.addCell(code);
                table.addCell(cell(new Phrase(l.status() == PickLine.Status.OPEN ? "☐"
                        : l.pickedQuantity() + (l.status() == PickLine.Status.SHORT ? " " + t.shortPick() : ""), BODY)));
            }
            doc.add(table);
        });
    }

    /// Writes one packing slip per order of the list to `file`.
    public static void packingSlips(PickList list, Labels t, Path file) {
        Map<String, List<PickLine>> byOrder = new LinkedHashMap<>();
        for (String o : list.orderIds()) {
            byOrder.put(o, list.lines().stream().filter(l -> l.orderId().equals(o)).toList());
        }
        write(file, (doc, cb) -> {
            boolean first = true;
            for (Map.Entry<String, List<PickLine>> e : byOrder.entrySet()) {
                if (!first) {
                    doc.newPage();
                }
                first = false;
                doc.add(new Paragraph(t.packingSlipTitle() + " · " + t.order() + " " + e.getKey(), TITLE));
                doc.add(image(code128(e.getKey()), cb, 60));
                if (e.getValue().stream().anyMatch(l -> l.status() == PickLine.Status.SHORT)) {
                    doc.add(new Paragraph(t.flagged(), WARN));
                }
                PdfPTable table = new PdfPTable(new float[] {3.2f, 2.3f, 0.8f, 1f, 2.6f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(8);
                for (String h : List.of(t.item(), t.sku(), t.quantity(), t.picked(), t.barcode())) {
                    table.addCell(cell(new Phrase(h, HEAD)));
                }
                for (PickLine l : e.getValue()) {
                    table.addCell(cell(new Phrase(nz(l.title()) + "\n" + nz(l.colour()) + " · " + nz(l.size()), BODY)));
                    table.addCell(cell(new Phrase(l.sku(), BODY)));
                    table.addCell(cell(new Phrase(Integer.toString(l.quantity()), BODY)));
                    table.addCell(cell(new Phrase(l.pickedQuantity() + (l.status() == PickLine.Status.SHORT
                            ? " " + t.shortPick() : ""), l.status() == PickLine.Status.SHORT ? WARN : BODY)));
                    PdfPCell code = new PdfPCell(image(eanOrCode128(l.ean()), cb, 40), false);
                    code.setPadding(4);
                    table.addCell(code);
                }
                doc.add(table);
            }
        });
    }

    private static List<PickLine> walking(List<PickLine> lines) {
        return lines.stream().sorted(Comparator.comparing(PickLine::bin, BinOrder.WALKING)
                .thenComparing(PickLine::sku)).toList();
    }

    private interface Body {
        void write(Document doc, PdfContentByte cb) throws DocumentException;
    }

    private static void write(Path file, Body body) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
                PdfWriter writer = PdfWriter.getInstance(doc, out);
                doc.open();
                try {
                    body.write(doc, writer.getDirectContent());
                } finally {
                    doc.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Writing " + file + " failed: " + e.getMessage(), e);
        }
    }

    private static PdfPCell cell(Phrase p) {
        PdfPCell c = new PdfPCell(p);
        c.setPadding(4);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    private static Barcode code128(String text) {
        Barcode128 b = new Barcode128();
        b.setCode(text);
        return b;
    }

    /// EAN-13 when the code is a valid one (what the scanner reads off the item), else Code 128.
    private static Barcode eanOrCode128(String code) {
        if (code != null && Ean13.isValid(code)) {
            BarcodeEAN b = new BarcodeEAN();
            b.setCodeType(Barcode.EAN13);
            b.setCode(code);
            return b;
        }
        return code128(code == null || code.isBlank() ? "-" : code);
    }

    private static Image image(Barcode b, PdfContentByte cb, float height) {
        b.setBarHeight(height * 0.6f);
        Image img = b.createImageWithBarcode(cb, null, null);
        img.setAlignment(Element.ALIGN_LEFT);
        return img;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
