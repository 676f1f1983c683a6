package org.portcullis.model.rich;

import java.util.Optional;

/** {@code audit [limit …]}: an audit record for each matched packet. */
public record Audit(Optional<Limit> limit) {
}
