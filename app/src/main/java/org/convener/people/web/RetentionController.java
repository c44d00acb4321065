package org.convener.people.web;

import org.convener.people.DataProtection;
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

    private final DataProtection dataProtection;
    private final RetentionSettings settings;

    RetentionController(DataProtection dataProtection, RetentionSettings settings) {
        this.dataProtection = dataProtection;
        this.settings = settings;
    }

    @GetMapping("/admin/retention")
    String due(Model model) {
        model.addAttribute("due", dataProtection.dueForErasure(settings.months()));
        model.addAttribute("months", settings.months());
        return "people/retention";
    }

    @PostMapping("/admin/retention")
    String erase(RedirectAttributes redirect) {
        var due = dataProtection.dueForErasure(settings.months());
        due.stream().map(Person::id).forEach(dataProtection::erase);
        redirect.addFlashAttribute("notice", due.size() + " people erased.");
        return "redirect:/admin/retention";
    }
}
