package com.trendythreads.opsdesk.platform.seed;

/// How much data {@link FashionSeeder} generates. DEFAULT is what a demo runs on; TINY keeps unit
/// tests fast; LARGE approaches the client's bounded-cache limits (≈300,000 SKUs, 500,000 orders).
/// The SKU count is about six per product (sizes × colours vary by category).
public enum SeedScale {
    TINY(60, 300, 1_000, 60, 6),
    SMALL(300, 2_000, 6_000, 300, 12),
    DEFAULT(2_000, 20_000, 50_000, 3_000, 40),
    LARGE(50_000, 200_000, 500_000, 20_000, 200);

    private final int products;
    private final int customers;
    private final int orders;
    private final int tickets;
    private final int campaigns;

    SeedScale(int products, int customers, int orders, int tickets, int campaigns) {
        this.products = products;
        this.customers = customers;
        this.orders = orders;
        this.tickets = tickets;
        this.campaigns = campaigns;
    }

    public int products() { return products; }

    public int customers() { return customers; }

    public int orders() { return orders; }

    public int tickets() { return tickets; }

    public int campaigns() { return campaigns; }
}
