package com.trendythreads.opsdesk.platform;

import java.util.Optional;

/// A slice of the platform (products, inventory, orders, …). Implement it, then add one line to
/// [DemoPlatform#domainModules()].
///
/// ```java
/// public final class ProductsModule implements DomainModule {
///     public void register(ModuleContext m) {
///         m.policies().register("product", ResourcePolicy.readableByAll());
///         var handlers = new ProductHandlers(m.database().jdbi(), m.writes(), m.changes(), m.json());
///         m.handlers().handle("listProducts", handlers::list).handle("updateProduct", handlers::update);
///     }
///     public Optional<Seeder> seeder() { return Optional.of(new ProductSeeder()); }
/// }
/// ```
public interface DomainModule {

    /// Registers handlers (by contract operationId) and resource policies (by change-feed resource type).
    void register(ModuleContext context);

    default Optional<Seeder> seeder() {
        return Optional.empty();
    }

    default Optional<Simulator> simulator() {
        return Optional.empty();
    }
}
