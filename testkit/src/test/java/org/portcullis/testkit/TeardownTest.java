package org.portcullis.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TeardownTest {

    @Test
    void closesInReverseOrderOfRegistration() throws Exception {
        List<String> closed = new ArrayList<>();
        try (Teardown t = new Teardown()) {
            t.add(() -> closed.add("namespace"));
            t.add(() -> closed.add("listener"));
            t.add(() -> closed.add("daemon"));
        }
        assertEquals(List.of("daemon", "listener", "namespace"), closed);
    }

    @Test
    void aFailingCloseDoesNotStopTheOthersAndTheFirstFailureIsThrown() {
        List<String> closed = new ArrayList<>();
        IllegalStateException daemon = new IllegalStateException("daemon");
        IllegalStateException listener = new IllegalStateException("listener");
        Teardown t = new Teardown();
        t.add(() -> closed.add("namespace"));
        t.add(() -> {
            throw listener;
        });
        t.add(() -> {
            throw daemon;
        });
        Exception thrown = assertThrows(IllegalStateException.class, t::close);
        assertSame(daemon, thrown);
        assertEquals(List.of(listener), List.of(thrown.getSuppressed()));
        assertEquals(List.of("namespace"), closed);
    }

    @Test
    void addReturnsTheResource() {
        Teardown t = new Teardown();
        AutoCloseable r = () -> { };
        assertSame(r, t.add(r));
    }
}
