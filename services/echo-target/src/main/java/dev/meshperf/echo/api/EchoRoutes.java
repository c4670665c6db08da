package dev.meshperf.echo.api;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers every path under {@code /echo} on the event loop, shaped by fortio-like query knobs:
 * {@code delay=50ms} (or {@code delay=50ms:10} for 10 % of requests), {@code status=503} (or {@code status=503:5},
 * several separated by commas), {@code size=1024} (response body bytes). Without {@code size} the request body is
 * echoed back.
 */
@ApplicationScoped
public class EchoRoutes {

    private static final Buffer FILLER = Buffer.buffer("x".repeat(64 * 1024));

    void routes(@Observes Router router, Vertx vertx) {
        router.route("/echo*").handler(BodyHandler.create().setBodyLimit(1024 * 1024));
        router.route("/echo*").handler(ctx -> answer(ctx, vertx));
    }

    private static void answer(RoutingContext ctx, Vertx vertx) {
        EchoKnobs knobs;
        try {
            knobs = EchoKnobs.parse(ctx.request().getParam("delay"), ctx.request().getParam("status"),
                    ctx.request().getParam("size"));
        } catch (IllegalArgumentException e) {
            ctx.response().setStatusCode(400).putHeader("Content-Type", "text/plain").end(e.getMessage() + "\n");
            return;
        }
        double dice = ThreadLocalRandom.current().nextDouble(100);
        long delayMs = knobs.delayMs(dice);
        Runnable reply = () -> reply(ctx, knobs.status(ThreadLocalRandom.current().nextDouble(100)), knobs.size());
        if (delayMs > 0) {
            vertx.setTimer(delayMs, id -> reply.run());
        } else {
            reply.run();
        }
    }

    private static void reply(RoutingContext ctx, int status, int size) {
        var response = ctx.response().setStatusCode(status);
        if (size >= 0) {
            response.putHeader("Content-Type", "text/plain");
            Buffer body = Buffer.buffer(size);
            while (body.length() < size) {
                body.appendBuffer(FILLER, 0, Math.min(FILLER.length(), size - body.length()));
            }
            response.end(body);
        } else {
            String type = ctx.request().getHeader("Content-Type");
            if (type != null) {
                response.putHeader("Content-Type", type);
            }
            Buffer body = ctx.body() == null ? null : ctx.body().buffer();
            response.end(body == null ? Buffer.buffer() : body);
        }
    }
}
