/** The rich-rule language: tokenizer, parser and the XML form used inside zone and policy files. */
package org.portcullis.config.rich;
