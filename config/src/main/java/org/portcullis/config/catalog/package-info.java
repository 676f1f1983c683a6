/** The built-in services, zones and policies, merged with configuration directories by name. */
package org.portcullis.config.catalog;
