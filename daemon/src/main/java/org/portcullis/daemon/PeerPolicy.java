package org.portcullis.daemon;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.attribute.UserPrincipal;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/** Who may talk to the daemon: root and the owner of the socket, identified by the peer's credentials. */
public record PeerPolicy(UserPrincipal root, UserPrincipal owner) {

    public static PeerPolicy rootOrOwner(UserPrincipal owner) {
        try {
            return new PeerPolicy(FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("root"),
                    owner);
        } catch (IOException e) {
            return new PeerPolicy(owner, owner);
        }
    }

    public boolean allows(SocketChannel channel) {
        try {
            UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer != null && (peer.user().equals(root) || peer.user().equals(owner));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
