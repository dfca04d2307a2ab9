package com.trendythreads.opsdesk.cache.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.auth.StepUpApi;
import com.trendythreads.opsdesk.api.dto.crm.GdprErasure;
import com.trendythreads.opsdesk.api.dto.crm.GdprRequest;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.error.Conflict;
import com.trendythreads.opsdesk.api.service.CrmApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// GDPR requests for one customer. Both need the platform's answer, so they are online calls, not outbox
/// entries: offline they change nothing and say so ([Outcome.Kind#NEEDS_PLATFORM]).
///
/// - Export: the platform's JSON of everything it holds about the customer, written pretty-printed where the
///   user chose ([#writeExport]).
/// - Erasure: the platform anonymises the customer everywhere, or holds the erasure while open orders must
///   still be delivered or refunded (409 `…/problems/erasure-held`, whose detail names their numbers). A
///   completed erasure reaches the cache as the change feed's `erase`, which purges every local row about
///   the customer; nothing is deleted here.
///
/// Blocking: call from a background task.
public final class GdprRequests {

    /// Where a GDPR call ended.
    public enum Kind {
        /// The platform did it.
        DONE,
        /// The platform holds the erasure (open orders); `detail` is its explanation.
        HELD,
        /// The platform refused it for another reason (already erased, not allowed…); `detail` says why.
        REFUSED,
        /// The platform cannot be reached; nothing changed.
        NEEDS_PLATFORM,
        /// The password typed for the step-up was not right (or the user is locked out); nothing changed.
        STEP_UP_FAILED
    }

    /// @param detail       the platform's explanation (empty when done)
    /// @param orderNumbers the open orders a held erasure waits for, as the platform named them
    /// @param request      the platform's record of the request when done
    public record Outcome(Kind kind, String detail, List<String> orderNumbers, GdprRequest request) {

        public Outcome {
            Objects.requireNonNull(kind, "kind");
            detail = detail == null ? "" : detail;
            orderNumbers = List.copyOf(orderNumbers);
        }
    }

    private static final Pattern ORDER_NUMBER = Pattern.compile("\\b[A-Z]{2,4}-\\d{4,}\\b");
    private static final ObjectMapper PRETTY = Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    private final Supplier<CrmApi> crm;
    private final Supplier<StepUpApi> stepUp;

    /// @param crm    the session's signed-in CRM service, or `null` when the session has no platform (tests,
    ///               a session without a sync engine): every request then needs the platform
    /// @param stepUp the session's signed-in step-up service (both operations are `x-step-up`), or `null` as above
    public GdprRequests(Supplier<CrmApi> crm, Supplier<StepUpApi> stepUp) {
        this.crm = crm;
        this.stepUp = stepUp;
    }

    /// Asks the platform for the customer's data export, stepping up with `password` first.
    public Outcome export(String customerId, String password) {
        return call(password, (api, token) -> api.exportCustomerData(customerId, IdempotencyKeys.newKey(), token));
    }

    /// Asks the platform to erase the customer, giving `reason`, stepping up with `password` first.
    public Outcome erase(String customerId, String reason, String password) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an erasure needs a reason");
        }
        return call(password, (api, token) -> api.eraseCustomer(customerId, IdempotencyKeys.newKey(), token,
                new GdprErasure(reason.strip())));
    }

    /// Steps up, then sends at once with the token (held only in this call: never stored, never queued).
    private Outcome call(String password, java.util.function.BiFunction<CrmApi, String, GdprRequest> request) {
        if (crm == null || stepUp == null) {
            return new Outcome(Kind.NEEDS_PLATFORM, "", List.of(), null);
        }
        String token;
        try {
            token = stepUp.get().stepUp(new StepUpApi.StepUpRequest(password)).stepUpToken();
        } catch (ApiProblem p) {
            if (p.isTransient()) {
                return new Outcome(Kind.NEEDS_PLATFORM, p.detail(), List.of(), null);
            }
            String detail = p.detail() != null && !p.detail().isBlank() ? p.detail() : p.title();
            return new Outcome(Kind.STEP_UP_FAILED, detail == null ? "" : detail, List.of(), null);
        }
        try {
            GdprRequest r = request.apply(crm.get(), token);
            if (r.status() == GdprRequest.Status.REJECTED) {
                return new Outcome(Kind.REFUSED, "", List.of(), r);
            }
            return new Outcome(Kind.DONE, "", List.of(), r);
        } catch (ApiProblem p) {
            if (p.isTransient()) {
                return new Outcome(Kind.NEEDS_PLATFORM, p.detail(), List.of(), null);
            }
            String detail = p.detail() != null && !p.detail().isBlank() ? p.detail() : p.title();
            if (p instanceof Conflict && p.problem().type() != null
                    && p.problem().type().toString().endsWith("/erasure-held")) {
                return new Outcome(Kind.HELD, detail, orderNumbers(detail), null);
            }
            return new Outcome(Kind.REFUSED, detail, List.of(), null);
        }
    }

    /// The order numbers (`TT-1000123`) named in a platform's explanation, in its order, each once.
    static List<String> orderNumbers(String detail) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = ORDER_NUMBER.matcher(detail == null ? "" : detail);
        while (m.find()) {
            out.add(m.group());
        }
        return new ArrayList<>(out);
    }

    /// The export's data as pretty-printed JSON.
    public static String prettyJson(JsonNode data) {
        try {
            return PRETTY.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The export cannot be written as JSON", e);
        }
    }

    /// Writes the export pretty-printed to `file` (replacing it), through a temporary file next to it so a
    /// failed write leaves no half file.
    public static void writeExport(JsonNode data, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".export-", ".json");
        try {
            Files.writeString(tmp, prettyJson(data) + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
