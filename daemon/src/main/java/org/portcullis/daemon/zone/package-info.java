/**
 * Zones in the daemon: the runtime zone set held in the runtime configuration beside the direct
 * configuration, the permanent zone set in {@code <config-dir>/zones/NAME.xml} and {@code firewalld.conf},
 * and the handler families of the zone options, runtime and permanent.
 */
package org.portcullis.daemon.zone;
