package com.trendythreads.opsdesk.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import com.trendythreads.opsdesk.api.rules.PiiMasking;

/// `%mask(…)` in logback.xml: renders its inner pattern (message and stack trace) and masks e-mail
/// addresses, phone numbers and tokens in it ([PiiMasking]), so no log line or crash report has them.
public final class MaskingConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return PiiMasking.mask(in);
    }
}
