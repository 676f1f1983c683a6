/** Zone, policy and service files in firewalld's XML format, and their {@code --list-all} style texts. */
package org.portcullis.config.zone;
