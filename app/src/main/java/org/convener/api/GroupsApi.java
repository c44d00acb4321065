package org.convener.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Vacancy;
import org.convener.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Groups the token's owner may see, by the rule of the group pages, and the vacancies board. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Groups", description = "Caucuses and local groups you may see, and their vacant posts")
@SecurityRequirement(name = ApiSecurity.TOKEN)
class GroupsApi {

    private final Groups groups;
    private final org.convener.groups.OfficerPosts posts;

    GroupsApi(Groups groups, org.convener.groups.OfficerPosts posts) {
        this.groups = groups;
        this.posts = posts;
    }

    record GroupJson(
            long id,
            String kind,
            String name,
            String slug,
            String description,
            boolean illustrative,
            List<String> constituencies) {

        static GroupJson of(Group g) {
            return new GroupJson(
                    g.id(),
                    g.kind().name(),
                    g.name(),
                    g.slug(),
                    g.description(),
                    g.illustrative(),
                    g.areas().stream().map(Group.Area::constituencyCode).toList());
        }
    }

    record VacancyJson(long postId, String post, String description, long groupId, String group, long openOffers) {}

    @GetMapping("/groups")
    @Operation(summary = "Groups you may see, by name (scope organising:read)")
    Page<GroupJson> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        var visible = groups.all().stream()
                .filter(g -> groups.canView(user, g.id()))
                .sorted(Comparator.comparing(Group::name).thenComparing(Group::id))
                .map(GroupJson::of)
                .toList();
        return Page.of(visible, g -> Long.toString(g.id()), cursor, limit);
    }

    @GetMapping("/groups/{slug}")
    @Operation(summary = "One group you may see (scope organising:read)")
    GroupJson group(@PathVariable String slug) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        return groups.find(slug)
                .filter(g -> groups.canView(user, g.id()))
                .map(GroupJson::of)
                .orElseThrow(() -> new Problems.NotFound("no group " + slug + " that you may see"));
    }

    @GetMapping("/vacancies")
    @Operation(summary = "Vacant officer posts of local groups, as on the vacancies board (scope organising:read)")
    Page<VacancyJson> vacancies(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        var all = posts.vacancies().stream()
                .sorted(Comparator.comparing((Vacancy v) -> v.group().name())
                        .thenComparing(v -> v.post().id()))
                .map(v -> new VacancyJson(
                        v.post().id(),
                        v.post().title(),
                        v.post().description(),
                        v.group().id(),
                        v.group().name(),
                        v.openOffers()))
                .toList();
        return Page.of(all, v -> Long.toString(v.postId()), cursor, limit);
    }
}
