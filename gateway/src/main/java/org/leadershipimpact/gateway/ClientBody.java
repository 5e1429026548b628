package org.leadershipimpact.gateway;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/**
 * A client's request body as the proxy streams it to the service, cut off when it grows past the
 * size limit (a chunked body declares no length to refuse up front) or when it is still arriving at
 * the deadline (a client trickling its body would hold a connection to the service for as long as it
 * liked). Cut off, the stream fails, the proxy abandons the request to the service, and
 * {@link #refusal()} says what to answer.
 */
final class ClientBody implements ReadStream<Buffer> {

    /** Why a body was cut off: the status and detail of the problem to answer. */
    record Refusal(int status, String slug, String title, String detail) {
    }

    /** Fails the stream; carries no stack, it is an answer to a client, not a fault. */
    private static final class CutOff extends RuntimeException {
        CutOff(String message) {
            super(message, null, false, false);
        }
    }

    private final HttpServerRequest request;
    private final Vertx vertx;
    private final long limit;
    private final long timer;
    private Handler<Throwable> exceptionHandler;
    private long received;
    private boolean finished;
    private Refusal refusal;

    ClientBody(Vertx vertx, HttpServerRequest request, long limit, long timeoutMillis) {
        this.vertx = vertx;
        this.request = request;
        this.limit = limit;
        this.timer = vertx.setTimer(timeoutMillis, id -> cutOff(new Refusal(408, "request-timeout", "Request Timeout",
                "The request body did not arrive within " + timeoutMillis / 1000 + " s")));
    }

    /** Why the body was cut off, or null if it was not. */
    Refusal refusal() {
        return refusal;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        request.handler(handler == null ? null : buffer -> {
            if (refusal != null) {
                return;
            }
            received += buffer.length();
            if (received > limit) {
                cutOff(new Refusal(413, "payload-too-large", "Payload Too Large",
                        "The request body is over " + limit + " bytes, the most accepted"));
                return;
            }
            handler.handle(buffer);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        request.exceptionHandler(handler == null ? null : failure -> {
            finish();
            handler.handle(failure);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        request.endHandler(handler == null ? null : end -> {
            if (refusal == null) {
                finish();
                handler.handle(end);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        request.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        request.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        request.fetch(amount);
        return this;
    }

    private void cutOff(Refusal why) {
        if (finished) {
            return;
        }
        finish();
        refusal = why;
        request.pause();
        if (exceptionHandler != null) {
            exceptionHandler.handle(new CutOff(why.detail()));
        }
    }

    private void finish() {
        finished = true;
        vertx.cancelTimer(timer);
    }
}
