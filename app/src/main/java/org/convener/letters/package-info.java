/**
 * Open letters: a draft with versions, circulated to one or more caucuses, signed once by each
 * eligible MP, locked, and published as a web page, a PDF and a list of signatories.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "engine",
            "platform",
            "platform::accounts",
            "platform::audit",
            "platform::mail",
            "people",
            "groups",
            "engagements",
            "seats",
            "shared"
        })
package org.convener.letters;
