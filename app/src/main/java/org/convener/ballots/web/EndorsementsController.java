package org.convener.ballots.web;

import org.convener.ballots.BallotBox;
import org.convener.ballots.Contests;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A group's endorsements and contests, as a fragment the group's page loads. */
@Controller
class EndorsementsController {

    private final Contests contests;
    private final BallotBox box;

    EndorsementsController(Contests contests, BallotBox box) {
        this.contests = contests;
        this.box = box;
    }

    @GetMapping("/ballots/groups/{groupId}/endorsements")
    String endorsements(@PathVariable long groupId, Model model) {
        CurrentUser user = Forms.signedIn();
        if (!contests.visibleGroups(user).contains(groupId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the group's members see its endorsements.");
        }
        model.addAttribute("groupId", groupId);
        model.addAttribute("endorsements", box.endorsements(groupId));
        model.addAttribute("contests", contests.of(groupId));
        model.addAttribute("now", contests.now());
        model.addAttribute("runs", contests.canRun(user, groupId));
        return "ballots/endorsements";
    }
}
