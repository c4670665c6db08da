package dev.meshperf.engine;

import io.netty.channel.ChannelPipeline;

import dev.meshperf.contracts.events.ErrorClass;

/**
 * One connection slot of a worker. It survives reconnects and keeps the requests it has in flight with their
 * intended and actual send times. Every method runs on the worker's event loop.
 */
interface Connection {

    Target target();

    /** Adds this slot's handlers to a new channel's pipeline (after TLS, when the target has it). */
    void initPipeline(ChannelPipeline pipeline);

    /** Usable: connected and, with TLS, past its handshake. */
    boolean isOpen();

    /** Whether the current channel got as far as carrying requests. */
    boolean established();

    void markEstablished();

    int inFlight();

    /** Whether another request may be sent now (pipelining depth or concurrent streams). */
    boolean hasRoom();

    /** The actual send time of the oldest request in flight, for timeouts. */
    long oldestSentAt();

    /** Sends the next request of the rotation; {@code intendedAt} and {@code now} are nanoTime. */
    void send(long intendedAt, long now);

    /** Closes the channel; the requests in flight are counted as {@code reason} (null: already counted). */
    void close(ErrorClass reason);

    /** Whether the worker's idle list holds this slot, so it is listed once. */
    boolean idle();

    void idle(boolean idle);
}
