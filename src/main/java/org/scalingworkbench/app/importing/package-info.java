/**
 * The import use case: result files read (each by the reader its format needs) and, when several
 * are read together, joined into one sweep whose rows keep their file and line. Both heads read
 * files only through it.
 */
package org.scalingworkbench.app.importing;
