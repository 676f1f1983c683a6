package org.portcullis.analysis.explain;

import java.util.List;

import org.portcullis.engine.Connection;

/** A played connection's explanation, with notes on assumptions made. */
public record ExplainedConnection(Connection connection, List<String> notes) {
    public ExplainedConnection {
        notes = List.copyOf(notes);
    }
}
