package org.convener.organising.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.CurrentUser;
import org.convener.shared.Format;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the organising pages share: refusals, the group checks, names, and times from forms. */
final class Pages {

    private Pages() {}

    static ResponseStatusException forbidden(String why) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, why);
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
    }

    static Group group(Groups groups, String slug) {
        return groups.find(slug).orElseThrow(() -> notFound("There is no group " + slug + "."));
    }

    /** A group the user may see: its members and those who run it. */
    static Group viewable(Groups groups, String slug, CurrentUser user) {
        Group group = group(groups, slug);
        if (!groups.canView(user, group.id())) {
            throw forbidden("Only members of " + group.name() + " can see this.");
        }
        return group;
    }

    static Group managed(Groups groups, long groupId, CurrentUser user) {
        Group group = groups.find(groupId).orElseThrow(() -> notFound("No such group."));
        if (!groups.canManage(user, groupId)) {
            throw forbidden("Only those who run " + group.name() + " can change this.");
        }
        return group;
    }

    static Map<Long, String> names(People people, Collection<Long> ids) {
        var names = new HashMap<Long, String>();
        people.findAll(ids).forEach(p -> names.put(p.id(), p.displayName()));
        return names;
    }

    static Map<Long, Person> persons(People people, Collection<Long> ids) {
        var found = new HashMap<Long, Person>();
        people.findAll(ids).forEach(p -> found.put(p.id(), p));
        return found;
    }

    static Instant dateTime(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give the date and time");
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(Format.LONDON).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date and time");
        }
    }
}
