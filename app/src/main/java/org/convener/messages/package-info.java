/**
 * Messages from a group's organisers or officers to its members, or to a filter of them (role,
 * tag, constituency): only people whose email consent is given and not withdrawn receive them,
 * each copy through the outbox with a one-click unsubscribe, with a record per recipient.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "platform",
            "platform::mail",
            "platform::accounts",
            "platform::audit",
            "people",
            "groups",
            "seats",
            "engine",
            "shared"
        })
package org.convener.messages;
