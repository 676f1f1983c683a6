package org.portcullis.engine;

import java.util.List;

import org.portcullis.engine.play.PacketRecord;

/**
 * A played connection: the client and server endpoints ({@code ADDR:PORT}), every packet exchanged in
 * order, and the outcome the connecting program sees.
 */
public record Connection(ConnectRequest request, String client, String server, List<PacketRecord> packets,
                         Outcome outcome) {
    public Connection {
        packets = List.copyOf(packets);
    }

    /** The packets that did not arrive. */
    public List<PacketRecord> lost() {
        return packets.stream().filter(PacketRecord::lost).toList();
    }
}
