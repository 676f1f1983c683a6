/** The rich-rule model, its consistency checks and its canonical string form. */
package org.portcullis.model.rich;
