package org.portcullis.model.rule;

/** Which port a port match looks at; EITHER is multiport's {@code --ports}. */
public enum PortDirection {
    SOURCE, DESTINATION, EITHER
}
