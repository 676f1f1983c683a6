/**
 * Explains what a ruleset does to one packet or one whole connection: loads the ruleset with its source map
 * ({@link org.portcullis.analysis.explain.source.RulesetSource}), plays the packet or connection through the
 * simulator ({@link org.portcullis.analysis.explain.Explainer}) and renders the hooks, chains and rules met,
 * naming each rule as the user wrote it ({@link org.portcullis.analysis.explain.RuleNamer}) and the zone each
 * packet was handed to ({@link org.portcullis.analysis.explain.ZoneBindings}), as text or JSON
 * ({@link org.portcullis.analysis.explain.render}). Explaining never touches the kernel.
 */
package org.portcullis.analysis.explain;
