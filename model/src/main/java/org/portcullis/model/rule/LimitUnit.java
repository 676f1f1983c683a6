package org.portcullis.model.rule;

/** The unit of a rate limit. */
public enum LimitUnit {
    SECOND, MINUTE, HOUR, DAY
}
