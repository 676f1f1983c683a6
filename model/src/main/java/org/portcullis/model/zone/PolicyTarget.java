package org.portcullis.model.zone;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** What a policy does with a packet none of its rules decided; CONTINUE passes it on. */
public enum PolicyTarget {
    CONTINUE, ACCEPT, REJECT, DROP;

    public static PolicyTarget parse(String text) {
        for (PolicyTarget t : values()) {
            if (t.name().equals(text)) {
                return t;
            }
        }
        throw new FirewallException(ErrorCode.INVALID_TARGET, text);
    }
}
