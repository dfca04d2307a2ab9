package com.trendythreads.opsdesk.platform.auth;

import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.trendythreads.opsdesk.platform.http.HandlerRegistry;
import com.trendythreads.opsdesk.platform.http.Operation;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.BiConsumer;

/// `issueToken` (`POST /oauth/token`) and `getMe` (`GET /v1/me`).
public final class AuthHandlers {

    /// The body of `GET /v1/me`; `permissions` are the `/v1` operationIds this user may call.
    public record Me(String id, String username, String displayName, List<String> roles, String homeLocationId,
                     List<String> permissions) {}

    private final TokenService tokens;
    private final ContractSpec spec;
    private final StepUpService stepUps;
    private final BiConsumer<Context, String> failedSignIns;

    /// @param failedSignIns told of every rejected or locked-out sign-in (request, username tried); null = nobody
    public AuthHandlers(TokenService tokens, ContractSpec spec, StepUpService stepUps,
            BiConsumer<Context, String> failedSignIns) {
        this.failedSignIns = failedSignIns;
        this.tokens = tokens;
        this.spec = spec;
        this.stepUps = stepUps;
    }

    /// The body of `POST /oauth/step-up`.
    record StepUpRequest(String password) {}

    public void register(HandlerRegistry registry) {
        registry.handle("issueToken", this::issueToken);
        registry.handle("getMe", this::getMe);
        // Only where the contract declares it (test contracts of the platform's own suite do not).
        if (spec.operations().stream().anyMatch(op -> op.operationId().equals("stepUp"))) {
            registry.handle("stepUp", ctx -> ctx.header("Cache-Control", "no-store")
                    .json(stepUps.issue(Principal.of(ctx), ctx.bodyAsClass(StepUpRequest.class).password())));
        }
    }

    private void issueToken(Context ctx) {
        String grant = ctx.formParam("grant_type");
        TokenService.TokenResponse response;
        if (grant == null) {
            throw TokenService.oauthError("invalid_request",
                    "grant_type is required (form-encoded: grant_type=password&username=…&password=…)");
        }
        response = switch (grant) {
            case "password" -> passwordGrant(ctx);
            case "refresh_token" -> tokens.refreshGrant(ctx.formParam("refresh_token"));
            default -> throw TokenService.oauthError("unsupported_grant_type", "Unsupported grant_type '" + grant + "'");
        };
        ctx.header("Cache-Control", "no-store").header("Pragma", "no-cache").json(response);
    }

    // lane audit (issue #10): a rejected password is audited (and watched by the AlertMonitor).
    private TokenService.TokenResponse passwordGrant(Context ctx) {
        try {
            return tokens.passwordGrant(ctx.formParam("username"), ctx.formParam("password"));
        } catch (ApiError e) {
            // a locked-out attempt is a failed sign-in too: a password-guessing burst keeps counting
            if (failedSignIns != null && ("invalid-grant".equals(e.slug()) || "locked-out".equals(e.slug()))) {
                failedSignIns.accept(ctx, ctx.formParam("username"));
            }
            throw e;
        }
    }

    private void getMe(Context ctx) {
        Principal p = Principal.of(ctx);
        List<String> permissions = spec.operations().stream()
                .filter(op -> op.path().startsWith("/v1/") && !op.isPublic() && op.allows(p))
                .map(Operation::operationId)
                .sorted()
                .toList();
        ctx.json(new Me(p.userId(), p.username(), p.displayName(),
                p.roles().stream().map(Enum::name).sorted().toList(), p.homeLocationId(), permissions));
    }
}
