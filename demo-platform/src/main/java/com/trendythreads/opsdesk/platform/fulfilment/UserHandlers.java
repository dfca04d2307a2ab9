package com.trendythreads.opsdesk.platform.fulfilment;

import com.trendythreads.opsdesk.api.dto.common.Role;
import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.ListPage;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/// `listUsers`: the staff users of the core's `users` table (pickers, agents), by id.
///
/// Users have no version column: nothing in the contract changes them, so every user is at version 1.
public final class UserHandlers {

    private static final String CURSOR_PREFIX = "users|";

    private final ModuleContext m;

    public UserHandlers(ModuleContext m) {
        this.m = m;
    }

    public void list(Context ctx) {
        String changeToken = m.changes().currentChangeToken();
        Role role = Params.enumParam(ctx, "role", Role.class);
        int limit = Params.limit(ctx);
        String after = decodeCursor(ctx.queryParam("cursor"));
        ctx.json(m.database().jdbi().withHandle(h -> {
            List<User> users = load(h, role, after, limit + 1);
            boolean more = users.size() > limit;
            List<User> page = more ? users.subList(0, limit) : users;
            String next = more ? Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((CURSOR_PREFIX + page.getLast().id()).getBytes(StandardCharsets.UTF_8)) : null;
            return ListPage.of(new DocTable.Slice<>(page, next), changeToken, after != null, () -> count(h, role));
        }));
    }

    private static long count(Handle h, Role role) {
        return h.createQuery("SELECT COUNT(*) FROM users u WHERE id <> 'usr_system'" + (role == null ? ""
                        : " AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = :role)"))
                .bindMap(role == null ? Map.of() : Map.of("role", role.name()))
                .mapTo(Long.class).one();
    }

    private static List<User> load(Handle h, Role role, String after, int max) {
        StringBuilder sql = new StringBuilder("SELECT id, username, display_name, home_location_id, active FROM users u"
                + " WHERE id <> 'usr_system'");
        Map<String, Object> binds = new LinkedHashMap<>();
        if (role != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = :role)");
            binds.put("role", role.name());
        }
        if (after != null) {
            sql.append(" AND id > :after");
            binds.put("after", after);
        }
        sql.append(" ORDER BY id LIMIT ").append(max);
        List<Object[]> rows = h.createQuery(sql.toString()).bindMap(binds)
                .map((rs, c) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)})
                .list();
        List<User> users = new ArrayList<>();
        for (Object[] r : rows) {
            users.add(new User((String) r[0], (String) r[1], (String) r[2], roles(h, (String) r[0]), (String) r[3],
                    (Boolean) r[4], 1));
        }
        return users;
    }

    private static List<Role> roles(Handle h, String userId) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        h.createQuery("SELECT role FROM user_roles WHERE user_id = :id").bind("id", userId).mapTo(String.class)
                .forEach(r -> roles.add(Role.valueOf(r)));
        return List.copyOf(roles);
    }

    private static String decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(CURSOR_PREFIX)) {
                return raw.substring(CURSOR_PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // fall through to the 400 below
        }
        throw ApiError.invalidParameter("cursor", "is not a cursor this list gave out");
    }
}
