package com.trendythreads.opsdesk.platform.auth;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// Users and their roles.
public final class UserStore {

    /// A demo user of docs/platform.md; every password is `demo`.
    public record DemoUser(String id, String username, String displayName, Role role, String homeLocationId) {}

    public static final String DEMO_PASSWORD = "demo";

    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("usr_mia", "mia.merch", "Mia Merch", Role.MERCHANDISER, null),
            new DemoUser("usr_walt", "walt.warehouse", "Walt Warehouse", Role.WAREHOUSE, "WH-BER"),
            new DemoUser("usr_mona", "mona.manager", "Mona Manager", Role.MANAGER, null),
            new DemoUser("usr_sam", "sam.support", "Sam Support", Role.SUPPORT, null),
            new DemoUser("usr_mark", "mark.marketing", "Mark Marketing", Role.MARKETING, null),
            new DemoUser("usr_ada", "ada.admin", "Ada Admin", Role.ADMIN, null));

    /// A user row with its password hash, for the password grant.
    public record StoredUser(Principal principal, String passwordHash, boolean active) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public UserStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /// Inserts the demo users when the users table is empty (first start or after a reset).
    public void ensureDemoUsers(PasswordHasher hasher) {
        jdbi.useTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM users").mapTo(Integer.class).one() > 0) return;
            for (DemoUser u : DEMO_USERS) {
                h.createUpdate("""
                        INSERT INTO users (id, username, display_name, password_hash, home_location_id, active, created_at)
                        VALUES (:id, :username, :displayName, :hash, :home, TRUE, :now)""")
                        .bind("id", u.id()).bind("username", u.username()).bind("displayName", u.displayName())
                        .bind("hash", hasher.hash(DEMO_PASSWORD.toCharArray())).bind("home", u.homeLocationId())
                        .bind("now", clock.instant())
                        .execute();
                h.execute("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", u.id(), u.role().name());
            }
        });
    }

    public Optional<StoredUser> findByUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, username, display_name, home_location_id, password_hash, active FROM users WHERE username = :u")
                .bind("u", username)
                .map((rs, c) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6)})
                .findOne()
                .map(row -> new StoredUser(
                        new Principal((String) row[0], (String) row[1], (String) row[2], roles(h, (String) row[0]), (String) row[3]),
                        (String) row[4], (Boolean) row[5])));
    }

    public Optional<Principal> findById(String userId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, username, display_name, home_location_id FROM users WHERE id = :id AND active = TRUE")
                .bind("id", userId)
                .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .findOne()
                .map(r -> new Principal(r[0], r[1], r[2], roles(h, r[0]), r[3])));
    }

    private static Set<Role> roles(Handle h, String userId) {
        List<String> names = new ArrayList<>(h.createQuery("SELECT role FROM user_roles WHERE user_id = :id")
                .bind("id", userId).mapTo(String.class).list());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }
}
