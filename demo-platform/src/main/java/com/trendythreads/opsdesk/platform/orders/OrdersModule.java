package com.trendythreads.opsdesk.platform.orders;

import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.Simulator;
import com.trendythreads.opsdesk.platform.changes.ResourceReaders;
import com.trendythreads.opsdesk.platform.fulfilment.FulfilmentHandlers;
import com.trendythreads.opsdesk.platform.fulfilment.FulfilmentService;
import com.trendythreads.opsdesk.platform.fulfilment.PickListStore;
import com.trendythreads.opsdesk.platform.fulfilment.UserHandlers;
import com.trendythreads.opsdesk.platform.inventory.InventoryStore;
import com.trendythreads.opsdesk.platform.inventory.StockLedger;
import com.trendythreads.opsdesk.platform.privacy.PiiMasking;
import com.trendythreads.opsdesk.platform.simulator.LiveSimulator;
import com.trendythreads.opsdesk.platform.simulator.SimulatorHandlers;
import java.util.Optional;

/// Orders (OMS), fulfilment (WMS), staff users and the live simulator.
///
/// Change-feed readers of `order`, `pick_list` and `user` come from the contract ([ResourceReaders]); order data is PII-masked per reader exactly as API responses are.
public final class OrdersModule implements DomainModule {

    /// The simulator's seed: a demo replays the same story on the same data.
    public static final long SIMULATOR_SEED = 20_260_101L;

    private LiveSimulator simulator;

    @Override
    public void register(ModuleContext m) {
        PiiMasking pii = PiiMasking.fromContract(m.spec());
        m.policies()
                .register(OrderStore.RESOURCE, ResourceReaders.of(m.spec(), OrderStore.RESOURCE).masking(pii::maskOrder))
                .register(PickListStore.RESOURCE, ResourceReaders.of(m.spec(), PickListStore.RESOURCE))
                .register("user", ResourceReaders.of(m.spec(), "user"));

        OrderStore orders = new OrderStore(m.json());
        PickListStore pickLists = new PickListStore(m.json());
        // The inventory's ledger over the same tables, so stock changes the same way from every module.
        StockLedger stock = new StockLedger(new InventoryStore(m.json()));
        OrderService orderService = new OrderService(orders, pickLists, stock);
        FulfilmentService fulfilment = new FulfilmentService(pickLists, orders, stock);
        simulator = new LiveSimulator(m, orders, fulfilment, stock, SIMULATOR_SEED);

        OrderHandlers o = new OrderHandlers(m, orders, orderService, pii);
        FulfilmentHandlers f = new FulfilmentHandlers(m, pickLists, fulfilment);
        m.handlers()
                .handle("listUsers", new UserHandlers(m)::list)
                .handle("listOrders", o::list)
                .handle("getOrder", o::get)
                .handle("cancelOrder", o::cancel)
                .handle("refundOrder", o::refund)
                .handle("createReturn", o::createReturn)
                .handle("listPickLists", f::list)
                .handle("getPickList", f::get)
                .handle("assignPickList", f::assign)
                .handle("confirmPickLine", f::confirm)
                .handle("shortPickLine", f::shortPick)
                .handle("packPickList", f::pack)
                .handle("shipPickList", f::ship)
                .handle("simulatorTick", new SimulatorHandlers(m, simulator)::tick);
    }

    @Override
    public Optional<Simulator> simulator() {
        return Optional.of((context, eventsPerMinute) -> simulator.schedule(eventsPerMinute));
    }
}
