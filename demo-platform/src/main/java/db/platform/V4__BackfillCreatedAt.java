package db.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/// Fills `created_at` (added by `V3__created_at.sql`) of tickets and pick lists stored before it existed,
/// from each row's document (`createdAt`), then makes the column NOT NULL. On a fresh database the tables
/// are still empty here (seeding runs after the migrations), so only the NOT NULL step does anything.
///
/// A Java migration because the document is JSON in a VARCHAR, and H2 and PostgreSQL share no function to
/// read a member of it.
public class V4__BackfillCreatedAt extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        for (String table : new String[] {"tickets", "pick_lists"}) {
            backfill(c, table);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN created_at SET NOT NULL");
            }
        }
    }

    private static void backfill(Connection c, String table) throws Exception {
        try (Statement select = c.createStatement();
             ResultSet rs = select.executeQuery("SELECT id, doc FROM " + table + " WHERE created_at IS NULL");
             PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET created_at = ? WHERE id = ?")) {
            int pending = 0;
            while (rs.next()) {
                JsonNode doc = JSON.readTree(rs.getString("doc"));
                Instant created = Instant.parse(doc.path("createdAt").asText());
                update.setObject(1, OffsetDateTime.ofInstant(created, ZoneOffset.UTC));
                update.setString(2, rs.getString("id"));
                update.addBatch();
                if (++pending == 1_000) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
