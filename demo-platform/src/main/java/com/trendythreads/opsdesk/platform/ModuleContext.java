package com.trendythreads.opsdesk.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.changes.ChangeFeed;
import com.trendythreads.opsdesk.platform.changes.ResourcePolicies;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.trendythreads.opsdesk.platform.http.HandlerRegistry;
import com.trendythreads.opsdesk.platform.writes.Writes;
import java.time.Clock;

/// What a [DomainModule] gets to plug into the platform.
///
/// @param handlers register a handler per operationId
/// @param policies register who may read each change-feed resource type, and its masking
/// @param writes   every mutation goes through `writes.execute(ctx, tx -> …)`
/// @param changes  `changes.currentChangeToken()` for list responses' `changeToken`
/// @param json     the server's ObjectMapper (use it for `Json.read`)
/// @param spec     the contract, e.g. to read an operation's `x-pii-roles`
public record ModuleContext(HandlerRegistry handlers, ResourcePolicies policies, Database database, Writes writes,
                            ChangeFeed changes, ObjectMapper json, ContractSpec spec, Clock clock, Scale scale) {}
