package org.portcullis.daemon;

import java.util.List;

import org.portcullis.daemon.api.Response;

/** Executes one operation; throws FirewallException to answer with an error or warning. */
@FunctionalInterface
public interface Handler {
    Response handle(List<String> args);
}
