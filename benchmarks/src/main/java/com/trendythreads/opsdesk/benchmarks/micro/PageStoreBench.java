package com.trendythreads.opsdesk.benchmarks.micro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.benchmarks.Benchmarks;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/// One list page of stock levels, as the platform sends it, stored into the encrypted cache: the desk's way
/// (a JSON tree, [LocalTables#insertNew] with its typed columns, one [CacheDatabase#write] transaction)
/// against the raw parts' way (Jackson straight into the contract's record, a plain JDBC batch of the same
/// columns into the same table, one commit). The difference is what the desk's generic store costs over the
/// least its parts can do; the rest of an initial sync is the network and the platform.
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PageStoreBench {

    /// Items on the page: the contract's largest list page.
    static final int ITEMS = 500;

    private byte[] page;
    private Path dir;
    private CacheDatabase db;
    private LocalTables tables;
    private ObjectMapper mapper;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        mapper = Json.mapper();
        tables = new LocalTables(mapper);
        page = mapper.writeValueAsBytes(stockPage());
        dir = Files.createTempDirectory("opsdesk-pagestore");
        db = CacheDatabase.open(dir.resolve("cache"), "http://127.0.0.1:1/", "bench", "bench".toCharArray(),
                CacheOptions.defaults());
    }

    /// A page of real stock levels from a TINY demo platform, as the list operation sends it.
    private ObjectNode stockPage() {
        PlatformConfig config = PlatformConfig.builder().inMemoryDatabase().scale(Scale.TINY)
                .rateLimit(1_000_000, 1_000_000).passwordIterations(Benchmarks.PASSWORD_ITERATIONS).build();
        try (DemoPlatform platform = DemoPlatform.start(config);
             PlatformClient client = PlatformClient.builder().baseUrl(platform.baseUrl() + "/").build()) {
            client.session().signIn("ada.admin", "demo");
            ResourcesApi api = client.create(ResourcesApi.class);
            Map<String, String> q = new HashMap<>();
            q.put("limit", Integer.toString(ITEMS));
            ObjectNode body = (ObjectNode) api.list("v1/stock", q);
            if (body.path("items").size() != ITEMS) {
                throw new IllegalStateException("a TINY platform listed " + body.path("items").size() + " stock levels");
            }
            return body;
        }
    }

    @Setup(Level.Invocation)
    public void emptyTable() {
        db.read(h -> h.execute("DELETE FROM " + ResourceType.STOCK.table()));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
        Benchmarks.clean(dir);
    }

    @Benchmark
    public int desk() throws IOException {
        JsonNode body = mapper.readTree(page);
        List<JsonNode> items = new ArrayList<>(ITEMS);
        ((ArrayNode) body.get("items")).forEach(items::add);
        return db.write(tx -> {
            tables.insertNew(tx.handle(), ResourceType.STOCK, items);
            return items.size();
        });
    }

    /// The same rows (id, version, the document's text and the typed columns) from the raw parts.
    @Benchmark
    public int raw() throws IOException {
        StockPage body = mapper.readValue(page, StockPage.class);
        return db.read(h -> {
            try {
                Connection c = h.getConnection();
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ResourceType.STOCK.table()
                        + " (id, version, doc, location_id, sku, bin, on_hand, committed, available, incoming,"
                        + " reorder_point, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (StockLevel s : body.items()) {
                        ps.setString(1, ResourceType.stockId(s.locationId(), s.sku()));
                        ps.setLong(2, s.version());
                        ps.setString(3, mapper.writeValueAsString(s));
                        ps.setString(4, s.locationId());
                        ps.setString(5, s.sku());
                        ps.setString(6, s.bin());
                        ps.setInt(7, s.onHand());
                        ps.setInt(8, s.committed());
                        ps.setInt(9, s.available());
                        ps.setInt(10, s.incoming());
                        if (s.reorderPoint() == null) {
                            ps.setNull(11, java.sql.Types.INTEGER);
                        } else {
                            ps.setInt(11, s.reorderPoint());
                        }
                        ps.setObject(12, s.updatedAt().atOffset(ZoneOffset.UTC));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
                return body.items().size();
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /// A list page as the contract defines it, typed.
    public record StockPage(List<StockLevel> items, String nextCursor, String changeToken, Long total) {
    }
}
