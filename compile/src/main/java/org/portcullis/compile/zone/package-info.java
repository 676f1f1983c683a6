/** Compilation of zones into the {@code inet portcullis} table in firewalld's chain layout. */
package org.portcullis.compile.zone;
