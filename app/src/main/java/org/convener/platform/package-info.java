/**
 * The ground every module stands on: the database (embedded or external), the command line,
 * importing official datasets with their provenance, security and error pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.convener.platform;
