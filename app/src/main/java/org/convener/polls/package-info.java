/** Published national voting-intention polls for Great Britain. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform::imports", "shared"})
package org.convener.polls;
