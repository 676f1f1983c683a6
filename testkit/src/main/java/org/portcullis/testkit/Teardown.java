package org.portcullis.testkit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything one scenario set up (namespaces, listeners, daemons), closed in reverse order of
 * {@link #add}; every resource is closed even when an earlier one fails, and the first failure is thrown
 * with the others suppressed.
 */
public final class Teardown implements AutoCloseable {
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    /** Registers {@code resource} to be closed before everything registered earlier; returns it. */
    public <T extends AutoCloseable> T add(T resource) {
        resources.push(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
