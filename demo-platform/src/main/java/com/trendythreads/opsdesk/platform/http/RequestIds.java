package com.trendythreads.opsdesk.platform.http;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/// `X-Request-Id`: taken from the request when sane (1..100 visible ASCII characters), otherwise made here;
/// echoed on every response (set before any handler runs, and again on problem answers) and put in the MDC.
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "opsdesk.requestId";
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {}

    /// A `before` handler.
    public static void assign(Context ctx) {
        String incoming = ctx.header(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : generate();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put("requestId", id);
    }

    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            assign(ctx);
            id = ctx.attribute(ATTRIBUTE);
        }
        return id;
    }

    private static String generate() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "req_" + HexFormat.of().formatHex(bytes);
    }
}
