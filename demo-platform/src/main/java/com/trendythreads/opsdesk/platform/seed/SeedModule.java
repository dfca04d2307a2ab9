package com.trendythreads.opsdesk.platform.seed;

import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.SeedProgress;
import com.trendythreads.opsdesk.platform.Seeder;
import com.trendythreads.opsdesk.platform.db.Database;
import java.time.Clock;
import java.util.Optional;

/// Seeds every domain table at once: orders need products, customers and stock to be consistent
/// with each other, so one seeder owns them all rather than one per domain.
public final class SeedModule implements DomainModule {

    private Clock clock = Clock.systemUTC();

    @Override
    public void register(ModuleContext context) {
        // Registration comes before seeding, so the platform's clock is known by then.
        this.clock = context.clock();
    }

    @Override
    public Optional<Seeder> seeder() {
        return Optional.of(new Seeder() {
            @Override
            public void seed(Database database, Scale scale) {
                seed(database, scale, SeedProgress.NONE);
            }

            @Override
            public void seed(Database database, Scale scale, SeedProgress progress) {
                new FashionSeeder().seed(database.jdbi(), SeedScale.valueOf(scale.name()), clock, progress);
            }
        });
    }
}
