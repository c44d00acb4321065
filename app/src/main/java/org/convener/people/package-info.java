/**
 * People: MPs, staff and activists, their contact details and consent, tags, and the data-protection
 * tools (subject access export, erasure, retention).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "engine",
            "platform",
            "platform::accounts",
            "platform::audit",
            "platform::imports",
            "platform::mail",
            "seats",
            "shared"
        })
package org.convener.people;
