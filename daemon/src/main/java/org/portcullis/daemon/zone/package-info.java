/**
 * Zones and policies in the daemon: the runtime zone set (zones, policies, default zone, panic mode) held in
 * the runtime configuration beside the direct configuration, the permanent zone set in
 * {@code <config-dir>/zones/NAME.xml}, {@code policies/NAME.xml} and {@code firewalld.conf}, and the handler
 * families of the zone and policy options, runtime and permanent. A policy is edited as firewall-cmd edits
 * it, on a copy of its settings ({@code PolicyDraft}), then checked as a whole ({@code PolicyChecks}).
 */
package org.portcullis.daemon.zone;
