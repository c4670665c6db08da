package dev.meshperf.engine;

import io.netty.channel.Channel;

/** What every connection slot keeps besides its requests: its worker, target, channel and lifecycle flags. */
abstract class BaseConnection implements Connection {

    protected final Worker worker;
    protected final Target target;
    protected Channel channel;
    /** Set when we close the channel ourselves, so the close is not counted as a reset. */
    protected boolean closingOnPurpose;
    private boolean established;
    private boolean idle;

    BaseConnection(Worker worker, Target target) {
        this.worker = worker;
        this.target = target;
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public boolean isOpen() {
        return established && channel != null && channel.isActive();
    }

    @Override
    public boolean established() {
        return established;
    }

    @Override
    public void markEstablished() {
        established = true;
    }

    /** The channel is gone; the next one must be established again. */
    protected void lost() {
        channel = null;
        established = false;
    }

    @Override
    public boolean idle() {
        return idle;
    }

    @Override
    public void idle(boolean idle) {
        this.idle = idle;
    }
}
