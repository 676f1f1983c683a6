/** Compiled configurations and source maps as JSON, as the daemon hands them to {@code portcullis explain}. */
package org.portcullis.compile.json;
