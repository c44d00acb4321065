package org.convener.people.web;

import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.RetentionSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see who is past the retention period and erase them. */
@Controller
class RetentionController {

    private final People people;
    private final RetentionSettings settings;

    RetentionController(People people, RetentionSettings settings) {
        this.people = people;
        this.settings = settings;
    }

    @GetMapping("/admin/retention")
    String due(Model model) {
        model.addAttribute("due", people.dueForErasure(settings.months()));
        model.addAttribute("months", settings.months());
        return "people/retention";
    }

    @PostMapping("/admin/retention")
    String erase(RedirectAttributes redirect) {
        var due = people.dueForErasure(settings.months());
        due.stream().map(Person::id).forEach(people::erase);
        redirect.addFlashAttribute("notice", due.size() + " people erased.");
        return "redirect:/admin/retention";
    }
}
