package com.trendythreads.opsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import java.util.List;
import java.util.Objects;

/// `POST v1/batch` (operationId `applyBatch`): up to [#MAX_ITEMS] writes in one request. The platform applies
/// each as if it had come alone, in order, and not atomically; [com.trendythreads.opsdesk.api.service.ResourcesApi#batch]
/// hands back one [Answer] per item: the [ApiResponse] or the typed [ApiProblem] the single call would have
/// given. A failure of the whole batch (network, 5xx, 429, 401, a garbled answer) is thrown as usual.
public final class Batch {

    /// The contract's `maxItems`.
    public static final int MAX_ITEMS = 100;

    private Batch() {
    }

    /// One write: what the single request would have carried.
    ///
    /// @param path    the operation's path with its ids (`v1/products/prd_1` or `/v1/products/prd_1`)
    /// @param ifMatch its `If-Match`, or `null`
    /// @param body    its JSON body, or `null`
    public record Item(String method, String path, String ifMatch, String idempotencyKey, JsonNode body) {

        public Item {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            // The single calls take paths relative to the base URL; a batch item names the absolute one.
            path = Objects.requireNonNull(path, "path").startsWith("/") ? path : "/" + path;
        }
    }

    /// The request body: `{"requests": [...]}`.
    public record Request(List<Item> requests) {

        public Request {
            requests = List.copyOf(requests);
            if (requests.isEmpty() || requests.size() > MAX_ITEMS) {
                throw new IllegalArgumentException("a batch holds 1 to " + MAX_ITEMS + " items, not " + requests.size());
            }
        }
    }

    /// One item's answer on the wire (the api-client turns it into an [Answer]).
    public record Slot(int status, String etag, Boolean replayed, JsonNode body) {
    }

    /// The answer body on the wire: `{"responses": [...]}` in request order.
    public record Wire(List<Slot> responses) {
    }

    /// What became of one item: exactly one of `response` and `problem` is set.
    public record Answer(ApiResponse<JsonNode> response, ApiProblem problem) {

        public boolean accepted() {
            return problem == null;
        }
    }

    /// The answers of a batch, in the order of its items.
    public record Answers(List<Answer> answers) {

        public Answers {
            answers = List.copyOf(answers);
        }

        public Answer get(int i) {
            return answers.get(i);
        }

        public int size() {
            return answers.size();
        }
    }
}
