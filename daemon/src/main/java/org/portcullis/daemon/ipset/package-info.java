/**
 * The ipset options of the daemon: runtime sets (entries in effect) and permanent sets (ipset files), kept in
 * the zone side of the configuration ({@link org.portcullis.config.catalog.ZoneSet#ipsets()}).
 */
package org.portcullis.daemon.ipset;
