/** Published national voting-intention polls for Great Britain. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"engine", "platform", "platform::imports", "shared"})
package org.convener.polls;
