/**
 * ipsets: named sets of addresses, networks, ports, marks, interfaces or MAC addresses that zone sources
 * ({@code ipset:NAME}) and rich rules ({@code source ipset="NAME"}) match against; with firewalld's checks of
 * types, options and entries and its error names.
 */
package org.portcullis.model.ipset;
