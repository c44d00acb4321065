package org.convener.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People, by exactly the rules of the pages: the list is the one {@code /people} shows the token's
 * owner; a person's record (contact details, consent, tags, notes) only where
 * {@link PersonAccess#canSeeRecord} opens it.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "People you may see, with their records where your role opens them")
@SecurityRequirement(name = ApiSecurity.TOKEN)
class PeopleApi {

    private final People people;
    private final PersonAccess access;

    PeopleApi(People people, PersonAccess access) {
        this.people = people;
        this.access = access;
    }

    @Schema(description = "A person's record: present only where your role opens it")
    record RecordJson(
            String email,
            String phone,
            String postalAddress,
            List<String> tags,
            String notes,

            @Schema(description = "consent by channel (EMAIL, PHONE, POST): granted or not")
            Map<String, Boolean> consent) {}

    record PersonJson(
            long id,
            String name,
            String kind,
            String constituency,
            Integer parliamentMemberId,
            @Schema(nullable = true) RecordJson record) {}

    @GetMapping
    @Operation(summary = "People you may see, by name (scope organising:read)")
    Page<PersonJson> list(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        var all = new ArrayList<Person>();
        for (int page = 1; ; page++) {
            var found = people.search(null, null, null, null, user, page);
            all.addAll(found.people());
            if (page >= found.pages()) {
                break;
            }
        }
        return Page.of(all.stream().map(p -> json(user, p)).toList(), p -> Long.toString(p.id()), cursor, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person (scope organising:read)")
    PersonJson person(@PathVariable long id) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        Person person = people.find(id)
                .filter(p -> access.canView(user, p))
                .orElseThrow(() -> new Problems.NotFound("no person " + id + " that you may see"));
        return json(user, person);
    }

    private PersonJson json(CurrentUser user, Person p) {
        RecordJson record = null;
        if (access.canSeeRecord(user, p)) {
            var consent = new LinkedHashMap<String, Boolean>();
            people.consents(p.id()).forEach((channel, c) -> consent.put(channel.name(), c.granted()));
            record = new RecordJson(
                    p.email(),
                    p.phone(),
                    p.postalAddress(),
                    p.tags().stream().sorted().toList(),
                    p.notes(),
                    consent);
        }
        return new PersonJson(
                p.id(), p.displayName(), p.kind().name(), p.constituencyCode(), p.parliamentMemberId(), record);
    }
}
