/** Light and dark looks for the whole window: stylesheet, chart theme and the View &gt; Theme menu. */
package org.scalingworkbench.ui.theme;
