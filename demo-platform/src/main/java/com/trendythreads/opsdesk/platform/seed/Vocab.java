package com.trendythreads.opsdesk.platform.seed;

import java.util.List;

/// The fixed vocabulary of the fashion seed: departments, garment types, brands, colours and the
/// texts of tickets, reviews and campaigns. Order of every array matters for determinism.
final class Vocab {
    private Vocab() {
    }

    record Department(String code, String name) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("women", "Women"), new Department("men", "Men"), new Department("kids", "Kids"));

    /// A garment type under each department (a leaf category). {@code extra} names the
    /// type-specific attribute (neckline, leg, length) or is null.
    record GarmentType(String code, String name, String[] garments, String[] materials,
                       long minPriceCents, long maxPriceCents, int weightGrams, String extra, boolean menToo) {
    }

    static final List<GarmentType> TYPES = List.of(
            new GarmentType("tops", "Tops",
                    new String[] {"Blouse", "Tank Top", "Camisole", "Tunic", "Crop Top"},
                    new String[] {"Cotton", "Viscose", "Linen", "Silk", "Modal"}, 1499, 5999, 180, "neckline", true),
            new GarmentType("tshirts", "T-Shirts",
                    new String[] {"T-Shirt", "Tee", "Polo Shirt", "Longsleeve"},
                    new String[] {"Cotton", "Organic Cotton", "Slub Jersey", "Pique"}, 999, 3999, 200, "neckline", true),
            new GarmentType("shirts", "Shirts",
                    new String[] {"Shirt", "Oxford Shirt", "Overshirt", "Flannel Shirt"},
                    new String[] {"Cotton", "Linen", "Poplin", "Flannel", "Chambray"}, 2999, 8999, 260, null, true),
            new GarmentType("knitwear", "Knitwear",
                    new String[] {"Jumper", "Cardigan", "Sweater", "Turtleneck", "Knit Vest"},
                    new String[] {"Merino", "Wool", "Cashmere-Blend", "Cotton", "Alpaca-Blend"}, 3999, 14900, 420, "neckline", true),
            new GarmentType("dresses", "Dresses",
                    new String[] {"Midi Dress", "Maxi Dress", "Wrap Dress", "Shirt Dress", "Slip Dress"},
                    new String[] {"Viscose", "Linen", "Satin", "Jersey", "Cotton"}, 3999, 17900, 350, "length", false),
            new GarmentType("skirts", "Skirts",
                    new String[] {"Midi Skirt", "Mini Skirt", "Pleated Skirt", "A-Line Skirt"},
                    new String[] {"Denim", "Satin", "Wool", "Corduroy", "Linen"}, 2999, 9999, 300, "length", false),
            new GarmentType("jeans", "Jeans",
                    new String[] {"Straight Jeans", "Slim Jeans", "Wide-Leg Jeans", "Mom Jeans", "Bootcut Jeans"},
                    new String[] {"Stretch Denim", "Rigid Denim", "Organic Denim", "Recycled Denim"}, 4999, 12900, 650, "leg", true),
            new GarmentType("trousers", "Trousers",
                    new String[] {"Chinos", "Wide Trousers", "Cargo Trousers", "Pleated Trousers", "Joggers"},
                    new String[] {"Cotton Twill", "Linen", "Wool-Blend", "Corduroy", "Tencel"}, 3999, 11900, 520, "leg", true),
            new GarmentType("jackets", "Jackets & Coats",
                    new String[] {"Trench Coat", "Denim Jacket", "Puffer Jacket", "Wool Coat", "Bomber Jacket", "Blazer"},
                    new String[] {"Wool", "Cotton", "Recycled Nylon", "Denim", "Leather", "Tweed"}, 7999, 29900, 1100, null, true),
            new GarmentType("shoes", "Shoes",
                    new String[] {"Sneakers", "Loafers", "Chelsea Boots", "Ankle Boots", "Sandals", "Ballet Flats"},
                    new String[] {"Leather", "Suede", "Canvas", "Recycled Knit", "Nubuck"}, 4999, 19900, 900, null, true),
            new GarmentType("accessories", "Accessories",
                    new String[] {"Scarf", "Beanie", "Tote Bag", "Belt", "Cap", "Crossbody Bag"},
                    new String[] {"Wool", "Cotton", "Leather", "Canvas", "Cashmere-Blend"}, 999, 7999, 250, null, true));

    static final String[] ADJECTIVES = {"Relaxed", "Slim", "Oversized", "Cropped", "Classic", "Essential", "Boxy",
            "Tailored", "Soft", "Ribbed", "Washed", "Structured", "Flowing", "Everyday", "Vintage", "Utility",
            "Lightweight", "Textured", "Easy", "Refined"};

    static final String[] FITS = {"Slim", "Regular", "Relaxed", "Oversized"};
    static final String[] SHOE_FITS = {"Narrow", "Regular", "Wide"};
    static final String[] PATTERNS = {"Solid", "Solid", "Solid", "Striped", "Checked", "Floral", "Graphic", "Melange"};
    static final String[] NECKLINES = {"Crew", "V-neck", "Round", "Collar", "Turtleneck", "Square"};
    static final String[] LEGS = {"Skinny", "Slim", "Straight", "Wide", "Bootcut", "Tapered"};
    static final String[] LENGTHS = {"Mini", "Knee", "Midi", "Maxi"};
    static final String[] CARE = {"Machine wash 30 °C", "Machine wash 40 °C", "Hand wash", "Dry clean only",
            "Machine wash 30 °C, do not tumble dry", "Wipe clean"};

    static final String[] OWN_BRANDS = {"TrendyThreads", "TT Basics", "TT Studio", "Threadline", "TT Kids"};
    static final String[] BRANDS = {"Nordvik", "Maison Lumière", "Berliner Schnitt", "Alpenwerk", "Hafenkind",
            "Kobalt & Co.", "Linnea", "Urban Fable", "Saltmarsh", "Fjellro", "Atelier Noor", "Rivet & Rye", "Velours",
            "Bergfalke", "Calder Street", "Oak & Indigo", "Mira Mara", "Sundqvist", "Pampa Denim", "Loom Theory",
            "Grauwerk", "Soleil Rouge", "North Loop", "Elbstrand", "Kanto", "Vantage Denim", "Brio Kids", "Moss & Pebble"};

    record Colour(String name, String code) {
    }

    static final Colour[] COLOURS = {
            new Colour("Black", "BLK"), new Colour("White", "WHT"), new Colour("Navy", "NAV"), new Colour("Grey", "GRY"),
            new Colour("Beige", "BEI"), new Colour("Camel", "CML"), new Colour("Olive", "OLV"), new Colour("Khaki", "KHK"),
            new Colour("Burgundy", "BRG"), new Colour("Sage", "SAG"), new Colour("Ecru", "ECR"), new Colour("Rust", "RST"),
            new Colour("Pink", "PNK"), new Colour("Red", "RED"), new Colour("Brown", "BRN"), new Colour("Charcoal", "CHR"),
            new Colour("Cream", "CRM"), new Colour("Mint", "MNT"), new Colour("Lilac", "LIL"), new Colour("Mustard", "MUS"),
            new Colour("Sky Blue", "SKY"), new Colour("Cobalt", "COB")};
    static final Colour[] DENIM_COLOURS = {
            new Colour("Indigo", "IND"), new Colour("Mid Wash", "MDW"), new Colour("Light Wash", "LTW"),
            new Colour("Black", "BLK"), new Colour("Grey Wash", "GRW"), new Colour("Ecru", "ECR")};

    static String[] sizes(String dept, String type) {
        if (type.equals("accessories")) {
            return new String[] {"ONE"};
        }
        if (dept.equals("kids")) {
            return type.equals("shoes")
                    ? new String[] {"28", "29", "30", "31", "32", "33", "34", "35"}
                    : new String[] {"104", "116", "128", "140", "152"};
        }
        boolean men = dept.equals("men");
        return switch (type) {
            case "shoes" -> men ? new String[] {"40", "41", "42", "43", "44", "45", "46"}
                    : new String[] {"36", "37", "38", "39", "40", "41"};
            case "jeans" -> men ? new String[] {"W28", "W30", "W31", "W32", "W33", "W34", "W36"}
                    : new String[] {"W25", "W26", "W27", "W28", "W29", "W30", "W31"};
            case "dresses", "skirts" -> new String[] {"34", "36", "38", "40", "42", "44"};
            case "trousers" -> men ? new String[] {"44", "46", "48", "50", "52", "54"}
                    : new String[] {"34", "36", "38", "40", "42", "44"};
            default -> men ? new String[] {"S", "M", "L", "XL", "XXL"} : new String[] {"XS", "S", "M", "L", "XL"};
        };
    }

    /// Relative demand of a size: the middle of the run sells best.
    static double sizeWeight(int index, int count) {
        if (count == 1) {
            return 1;
        }
        double mid = (count - 1) / 2.0;
        double d = (index - mid) / Math.max(1, mid);
        return 1.2 - 0.8 * d * d;
    }

    record Place(String id, String name, boolean warehouse, String city, String country) {
    }

    static final List<Place> PLACES = List.of(
            new Place("WH-BER", "Warehouse Berlin", true, "Berlin", "DE"),
            new Place("WH-HAM", "Warehouse Hamburg", true, "Hamburg", "DE"),
            new Place("WH-VIE", "Warehouse Vienna", true, "Vienna", "AT"),
            new Place("ST-BER-MITTE", "Store Berlin Mitte", false, "Berlin", "DE"),
            new Place("ST-MUC", "Store Munich", false, "Munich", "DE"),
            new Place("ST-CGN", "Store Cologne", false, "Cologne", "DE"),
            new Place("ST-FRA", "Store Frankfurt", false, "Frankfurt am Main", "DE"),
            new Place("ST-AMS", "Store Amsterdam", false, "Amsterdam", "NL"));
    static final int WAREHOUSES = 3;

    static final String[] AGENTS = {"Sam Support", "Lena Kowalski", "Tom Berger", "Aylin Demir", "Joris de Vries"};

    static final String[] POSITIVE_REVIEWS = {
            "Fits true to size and the fabric feels great.", "Lovely quality for the price, already washed it twice.",
            "Exactly as pictured. Ordered a second colour.", "Super comfortable, I wear it all the time.",
            "Great cut, the colour is even nicer in real life.", "Fast delivery and the fit is perfect."};
    static final String[] MIXED_REVIEWS = {
            "Nice design but runs a little small.", "Good quality, colour slightly different from the photo.",
            "Okay for the price, the fabric is thinner than expected.", "Fit is fine, but it creased a lot after washing."};
    static final String[] NEGATIVE_REVIEWS = {
            "Much too small, had to send it back.", "Seam came apart after the first wash.",
            "Not as described, the material feels cheap.", "Colour faded quickly, disappointed."};
    static final String[][] REVIEW_TITLES = {
            {"Disappointing", "Sent it back", "Not for me"},
            {"Not great", "Runs small", "Meh"},
            {"Okay", "Decent", "Mixed feelings"},
            {"Really nice", "Good buy", "Happy with it"},
            {"Love it!", "Perfect", "Favourite piece", "Great quality"}};
}
