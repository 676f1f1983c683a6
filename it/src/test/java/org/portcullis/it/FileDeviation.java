package org.portcullis.it;

/**
 * A known difference in a configuration file captured by the recorder ({@code # config FILE NAME}): the
 * recorded file's NAME, why Portcullis' file differs, and exactly what Portcullis writes instead.
 */
record FileDeviation(String recorded, String reason, String portcullis) {
}
