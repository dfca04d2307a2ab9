package com.trendythreads.opsdesk.platform.auth;

import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.trendythreads.opsdesk.platform.http.HandlerRegistry;
import com.trendythreads.opsdesk.platform.http.Operation;
import io.javalin.http.Context;
import java.util.List;

/// `issueToken` (`POST /oauth/token`) and `getMe` (`GET /v1/me`).
public final class AuthHandlers {

    /// The body of `GET /v1/me`; `permissions` are the `/v1` operationIds this user may call.
    public record Me(String id, String username, String displayName, List<String> roles, String homeLocationId,
                     List<String> permissions) {}

    private final TokenService tokens;
    private final ContractSpec spec;
    private final StepUpService stepUps;

    public AuthHandlers(TokenService tokens, ContractSpec spec, StepUpService stepUps) {
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
            case "password" -> tokens.passwordGrant(ctx.formParam("username"), ctx.formParam("password"));
            case "refresh_token" -> tokens.refreshGrant(ctx.formParam("refresh_token"));
            default -> throw TokenService.oauthError("unsupported_grant_type", "Unsupported grant_type '" + grant + "'");
        };
        ctx.header("Cache-Control", "no-store").header("Pragma", "no-cache").json(response);
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
