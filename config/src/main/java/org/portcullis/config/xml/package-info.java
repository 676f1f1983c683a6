/** Small StAX helpers for reading and writing firewalld's configuration documents. */
package org.portcullis.config.xml;
