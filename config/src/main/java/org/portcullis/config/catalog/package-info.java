/**
 * The built-in services, zones and policies, merged with configuration directories by name, and the zone set
 * a firewall enforces from them (zones, default zone, panic mode, LogDenied).
 */
package org.portcullis.config.catalog;
