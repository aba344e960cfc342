/**
 * The fact types the rules see: the rule authors' API, documented in {@code rules/README.md}.
 * Assertions (and knowledge facts) go into the rule engine; Conflicts come out.
 */
package dev.crosscheck.facts;
