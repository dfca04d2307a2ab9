package com.trendythreads.opsdesk.viewmodels.catalog.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/// The product fields a file column can fill, with the header names (English and German) that map to
/// each without the user's help.
public enum ImportField {
    IGNORE(null, false, Set.of()),
    /// The key: rows update the product that has a variant of this SKU.
    SKU(null, true, Set.of("sku", "skus", "artikelnummer", "artikelnr", "artnr", "itemnumber", "articlenumber",
            "variantsku", "skunummer", "variantennummer")),
    TITLE("title", false, Set.of("title", "titel", "name", "productname", "producttitle", "produktname",
            "bezeichnung", "artikelname", "artikelbezeichnung")),
    BRAND("brand", false, Set.of("brand", "marke", "hersteller", "manufacturer", "label")),
    DESCRIPTION("description", false, Set.of("description", "beschreibung", "produktbeschreibung",
            "productdescription", "text")),
    STATUS("status", false, Set.of("status", "state", "zustand", "produktstatus", "productstatus")),
    SEASON("season", false, Set.of("season", "saison", "kollektion")),
    PRICE("priceCents", true, Set.of("price", "preis", "verkaufspreis", "vk", "vkpreis", "salesprice",
            "retailprice", "priceeur", "preiseur", "preisineur", "priceineur", "sellingprice")),
    COMPARE_AT("compareAtPriceCents", true, Set.of("compareat", "compareatprice", "compareatpriceeur",
            "streichpreis", "uvp", "wasprice", "originalprice", "vergleichspreis", "listprice", "listenpreis",
            "altpreis", "regularprice")),
    COST("costCents", true, Set.of("cost", "costs", "costprice", "kosten", "einkaufspreis", "ek", "ekpreis",
            "einstandspreis", "unitcost")),
    EAN("ean", true, Set.of("ean", "ean13", "gtin", "gtin13", "barcode", "eancode")),
    SIZE("size", true, Set.of("size", "größe", "groesse", "grösse", "gr", "konfektionsgröße")),
    COLOUR("colour", true, Set.of("colour", "color", "farbe", "colourname", "colorname")),
    /// One attribute of the product's category; the mapping names which.
    ATTRIBUTE(null, false, Set.of());

    private final String name;
    private final boolean variant;
    private final Set<String> headers;

    ImportField(String name, boolean variant, Set<String> headers) {
        this.name = name;
        this.variant = variant;
        this.headers = headers;
    }

    /// The product or variant field name ([com.trendythreads.opsdesk.cache.catalog.ProductFields]).
    public String fieldName() {
        return name;
    }

    /// A field of the row's variant rather than of its product.
    public boolean variantField() {
        return variant && this != SKU;
    }

    public boolean money() {
        return this == PRICE || this == COMPARE_AT || this == COST;
    }

    boolean matches(String normalisedHeader) {
        return headers.contains(normalisedHeader);
    }

    /// Lower case, letters and digits only ("Compare-at price (EUR)" → "compareatpriceeur").
    static String normalise(String header) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
