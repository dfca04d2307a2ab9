package com.trendythreads.opsdesk.viewmodels.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// What an offline sign-in knows about a user comes from the last online one: roles and permissions.
class KnownUsersTest {

    private final SettingsStore settings = new InMemorySettingsStore();
    private final KnownUsers known = new KnownUsers(settings);

    @Test
    void rolesAndPermissionsSurviveForTheOfflineSignIn() {
        known.remember("http://127.0.0.1:7070/", new SessionUser("mia.merch", "Mia Merch", List.of("MERCHANDISER"),
                Set.of("updateProduct", "listProducts", "createProduct")));

        SessionUser offline = new KnownUsers(settings).find("HTTP://127.0.0.1:7070", "Mia.Merch").orElseThrow();

        assertThat(offline.displayName()).isEqualTo("Mia Merch");
        assertThat(offline.roles()).containsExactly("MERCHANDISER");
        assertThat(offline.permissions()).containsExactlyInAnyOrder("updateProduct", "listProducts", "createProduct");
        assertThat(offline.may("updateProduct")).isTrue();
        assertThat(offline.may("refundOrder")).as("not in her permissions").isFalse();
        assertThat(known.find("http://127.0.0.1:7070", "walt.warehouse")).isEmpty();
        assertThat(settings.get("knownUser.mia.merch@http://127.0.0.1:7070").orElseThrow())
                .as("nothing secret, just the directory entry")
                .isEqualTo("Mia Merch|MERCHANDISER|createProduct,listProducts,updateProduct");
    }

    @Test
    void anEntryFromBeforePermissionsWereRememberedStillReads() {
        settings.put("knownUser.mia.merch@http://127.0.0.1:7070", "Mia Merch|MERCHANDISER");

        SessionUser offline = known.find("http://127.0.0.1:7070", "mia.merch").orElseThrow();

        assertThat(offline.roles()).containsExactly("MERCHANDISER");
        assertThat(offline.permissions()).isEmpty();
        assertThat(offline.may("updateProduct")).as("the contract's matrix for her role").isTrue();
        assertThat(offline.may("refundOrder")).isFalse();
    }

    @Test
    void aUserWithoutRolesOrPermissionsRoundTrips() {
        known.remember("http://p", new SessionUser("nobody", "No Body", List.of(), Set.of()));
        SessionUser u = known.find("http://p", "nobody").orElseThrow();
        assertThat(u.roles()).isEmpty();
        assertThat(u.permissions()).isEmpty();
    }
}
