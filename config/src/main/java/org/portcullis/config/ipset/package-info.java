/** ipset files ({@code ipsets/NAME.xml}) in firewalld's format. */
package org.portcullis.config.ipset;
