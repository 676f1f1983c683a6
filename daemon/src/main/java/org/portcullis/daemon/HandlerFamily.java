package org.portcullis.daemon;

/** A group of operations (status, direct, later zones) registering its handlers with the dispatcher. */
public interface HandlerFamily {
    void register(Dispatcher dispatcher);
}
