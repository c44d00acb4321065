package org.convener.messages.web;

import org.convener.groups.Role;
import org.convener.messages.Audience;

/** The message form's fields, as typed. */
public record MessageForm(String subject, String body, Role role, String tag, String constituency) {

    Audience audience() {
        return new Audience(role, tag, constituency);
    }
}
