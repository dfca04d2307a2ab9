package com.trendythreads.opsdesk.platform.simulator;

import com.trendythreads.opsdesk.api.dto.admin.SimulatorTick;
import com.trendythreads.opsdesk.api.dto.admin.SimulatorTickResult;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Validation;
import io.javalin.http.Context;

/// `simulatorTick` (loopback admin API): let the simulator produce N events now.
public final class SimulatorHandlers {

    private final ModuleContext m;
    private final LiveSimulator simulator;

    public SimulatorHandlers(ModuleContext m, LiveSimulator simulator) {
        this.m = m;
        this.simulator = simulator;
    }

    public void tick(Context ctx) {
        SimulatorTick body = Json.read(ctx, m.json(), SimulatorTick.class);
        // The admin API has no 422 in the contract: a bad count is a bad request.
        Validation.forRequest()
                .require("events", body.events())
                .min("events", body.events(), 1)
                .max("events", body.events(), 1000)
                .throwIfAny();
        int produced = simulator.tick(body.events());
        ctx.json(new SimulatorTickResult(produced, m.changes().currentChangeToken()));
    }
}
