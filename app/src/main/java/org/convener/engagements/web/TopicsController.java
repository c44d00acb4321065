package org.convener.engagements.web;

import org.convener.engagements.Topics;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TopicsController {

    private final Topics topics;

    TopicsController(Topics topics) {
        this.topics = topics;
    }

    @GetMapping("/topics")
    String list(Model model) {
        model.addAttribute("topics", topics.all());
        model.addAttribute("canManage", canManage(Forms.signedIn()));
        return "engagements/topics";
    }

    @PostMapping("/topics")
    String add(@RequestParam String name, RedirectAttributes redirect) {
        manage();
        return Forms.outcome(
                redirect, "/topics", () -> "Topic " + topics.add(name).name() + " added.");
    }

    @PostMapping("/topics/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        manage();
        topics.find(id).orElseThrow(() -> Refusals.notFound("No such topic."));
        return Forms.outcome(redirect, "/topics", () -> {
            topics.retire(id);
            return "Topic retired: what used it keeps it.";
        });
    }

    private static boolean canManage(CurrentUser user) {
        return user.admin() || user.has(CurrentUser.OFFICER);
    }

    private static void manage() {
        if (!canManage(Forms.signedIn())) {
            throw Refusals.forbidden("Only caucus officers and administrators change the topics.");
        }
    }
}
