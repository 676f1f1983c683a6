/** Zones, policies and services: immutable values whose {@code with…} methods fail with firewalld's error names. */
package org.portcullis.model.zone;
