/**
 * Importing official datasets: the contract a module implements to load one, the files it reads,
 * the problems it reports (file, line, column, reason) and the provenance kept for each.
 */
@org.springframework.modulith.NamedInterface("imports")
package org.convener.platform.imports;
