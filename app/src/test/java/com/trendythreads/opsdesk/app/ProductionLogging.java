package com.trendythreads.opsdesk.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/// The app's own `logback.xml` (file appender, masking pattern) writing to `dir` for the length of a test,
/// then the test configuration again. The privacy tests read what a user's log files would hold.
final class ProductionLogging implements AutoCloseable {

    private final Path dir;

    private ProductionLogging(Path dir) {
        this.dir = dir;
    }

    static ProductionLogging to(Path dir) {
        System.setProperty("opsdesk.logDir", dir.toString());
        configure("/logback.xml");
        return new ProductionLogging(dir);
    }

    /// Everything written to the log files so far.
    String written() {
        try (Stream<Path> files = Files.walk(dir)) {
            StringBuilder out = new StringBuilder();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.append(Files.readString(f)).append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        configure("/logback-test.xml");
        System.clearProperty("opsdesk.logDir");
    }

    private static void configure(String resource) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        JoranConfigurator c = new JoranConfigurator();
        c.setContext(ctx);
        try {
            c.doConfigure(ProductionLogging.class.getResource(resource));
        } catch (JoranException e) {
            throw new IllegalStateException("Cannot configure logging from " + resource, e);
        }
    }
}
