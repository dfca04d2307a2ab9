package com.trendythreads.opsdesk.api.http;

import com.trendythreads.opsdesk.api.ApiResponse;
import com.trendythreads.opsdesk.api.Batch;
import com.trendythreads.opsdesk.api.ETags;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.error.MalformedResponse;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.ProblemMapper;
import com.trendythreads.opsdesk.api.error.RequestInfo;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import okhttp3.Headers;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;

/// Lets domain interfaces declare plain synchronous return types, and turns every failure into an
/// [ApiProblem] before it leaves the module.
///
/// | declared return type | returns                                  |
/// |----------------------|------------------------------------------|
/// | `T`                  | the decoded body                         |
/// | `Versioned<T>`       | body + ETag + version (ETag required)    |
/// | `ApiResponse<T>`     | body + status + headers                  |
/// | `Batch.Answers`      | per item: an `ApiResponse` or its `ApiProblem` |
/// | `Void`               | `null` (Retrofit forbids primitive `void`) |
/// | `Call<T>`, `CompletableFuture<T>` | Retrofit's own behaviour, no mapping |
///
/// The body is converted here rather than inside Retrofit so that a body that does not decode
/// becomes [MalformedResponse] with the request's id, never a raw Jackson exception.
public final class PlatformCallAdapterFactory extends CallAdapter.Factory {

    private final ProblemMapper problems;

    public PlatformCallAdapterFactory(ProblemMapper problems) {
        this.problems = problems;
    }

    private enum Shape { BODY, VERSIONED, RESPONSE, BATCH }

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
        Class<?> raw = getRawType(returnType);
        if (raw == Call.class || raw == CompletableFuture.class) {
            return null;
        }
        if (raw == Response.class || raw == okhttp3.Response.class) {
            throw new IllegalArgumentException("Declare ApiResponse<T> instead of " + raw.getName());
        }
        Shape shape = Shape.BODY;
        Type bodyType = returnType;
        if (raw == Batch.Answers.class) {
            shape = Shape.BATCH;
            bodyType = Batch.Wire.class;
        } else if (raw == Versioned.class || raw == ApiResponse.class) {
            if (!(returnType instanceof ParameterizedType pt)) {
                throw new IllegalArgumentException(raw.getSimpleName() + " needs a type argument, e.g. "
                        + raw.getSimpleName() + "<Product>");
            }
            shape = raw == Versioned.class ? Shape.VERSIONED : Shape.RESPONSE;
            bodyType = getParameterUpperBound(0, pt);
        }
        boolean isVoid = bodyType == Void.class;
        Converter<ResponseBody, ?> converter = isVoid ? null
                : retrofit.responseBodyConverter(bodyType, annotations);
        return new Adapter(shape, isVoid, converter);
    }

    private final class Adapter implements CallAdapter<Object, Object> {

        private final Shape shape;
        private final boolean isVoid;
        private final Converter<ResponseBody, ?> converter;

        Adapter(Shape shape, boolean isVoid, Converter<ResponseBody, ?> converter) {
            this.shape = shape;
            this.isVoid = isVoid;
            this.converter = converter;
        }

        @Override
        public Type responseType() {
            // Void keeps HEAD methods legal for Retrofit; otherwise we take the raw buffered body
            // and decode it ourselves.
            return isVoid ? Void.class : ResponseBody.class;
        }

        @Override
        public Object adapt(Call<Object> call) {
            Response<Object> response;
            try {
                response = call.execute();
            } catch (RequestFailedException e) {
                throw new NetworkDown(new RequestInfo(e.method(), e.path(), e.requestId()), e.original());
            } catch (IOException e) {
                throw new NetworkDown(ProblemMapper.requestInfo(call.request()), e);
            }
            okhttp3.Response raw = response.raw();
            if (!response.isSuccessful()) {
                throw problems.map(raw, errorBytes(response));
            }
            Object body = decode(response, raw);
            return switch (shape) {
                case BODY -> body;
                case RESPONSE -> new ApiResponse<>(body, raw.code(), raw.headers());
                case BATCH -> answers((Batch.Wire) body, raw, call.request());
                case VERSIONED -> {
                    String etag = raw.header("ETag");
                    OptionalLong version = ETags.version(etag);
                    if (version.isEmpty()) {
                        throw new MalformedResponse(raw.code(), ProblemMapper.requestInfo(raw),
                                "expected ETag \"<version>\" but got " + etag, null);
                    }
                    yield new Versioned<>(body, etag, version.getAsLong());
                }
            };
        }

        private Object decode(Response<Object> response, okhttp3.Response raw) {
            if (isVoid || response.body() == null) {
                return null;
            }
            try (ResponseBody body = (ResponseBody) response.body()) {
                return converter.convert(body);
            } catch (IOException | RuntimeException e) {
                // The body is already buffered in memory, so any failure here is its content.
                throw new MalformedResponse(raw.code(), ProblemMapper.requestInfo(raw), e.getMessage(), e);
            }
        }

        /// Each item's answer as the single call would have returned or thrown it (the same [ProblemMapper]).
        private Batch.Answers answers(Batch.Wire wire, okhttp3.Response raw, okhttp3.Request request) {
            Invocation invocation = request.tag(Invocation.class);
            Batch.Request sent = invocation == null ? null : invocation.arguments().stream()
                    .filter(Batch.Request.class::isInstance).map(Batch.Request.class::cast).findFirst().orElse(null);
            int expected = sent == null ? -1 : sent.requests().size();
            if (wire == null || wire.responses() == null || (expected >= 0 && wire.responses().size() != expected)) {
                throw new MalformedResponse(raw.code(), ProblemMapper.requestInfo(raw), "expected " + expected
                        + " answers in the batch's responses, got " + (wire == null || wire.responses() == null
                        ? "none" : wire.responses().size()), null);
            }
            String requestId = raw.header("X-Request-Id");
            List<Batch.Answer> answers = new ArrayList<>(wire.responses().size());
            for (int i = 0; i < wire.responses().size(); i++) {
                Batch.Slot slot = wire.responses().get(i);
                Batch.Item item = sent == null ? null : sent.requests().get(i);
                if (slot.status() >= 200 && slot.status() < 300) {
                    Headers.Builder headers = new Headers.Builder();
                    if (slot.etag() != null) headers.add("ETag", slot.etag());
                    if (Boolean.TRUE.equals(slot.replayed())) headers.add("Idempotent-Replayed", "true");
                    if (requestId != null) headers.add("X-Request-Id", requestId);
                    answers.add(new Batch.Answer(new ApiResponse<>(slot.body(), slot.status(), headers.build()), null));
                } else {
                    RequestInfo info = item == null ? new RequestInfo(request.method(), request.url().encodedPath(), requestId)
                            : new RequestInfo(item.method(), item.path(), requestId);
                    answers.add(new Batch.Answer(null, problems.map(slot.status(), slot.body(), info)));
                }
            }
            return new Batch.Answers(answers);
        }

        private static byte[] errorBytes(Response<?> response) {
            try (ResponseBody body = response.errorBody()) {
                return body == null ? null : body.bytes();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
