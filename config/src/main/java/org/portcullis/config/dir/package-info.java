/**
 * A configuration directory as a whole ({@code direct.xml}, the zone, service and policy files,
 * {@code firewalld.conf}), read the same way by the daemon and by {@code portcullis explain --config-dir}.
 */
package org.portcullis.config.dir;
