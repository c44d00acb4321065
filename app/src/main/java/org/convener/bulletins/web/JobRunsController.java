package org.convener.bulletins.web;

import org.convener.bulletins.Bulletins;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The weekly job's runs, for administrators (the platform's rule keeps /admin to them). */
@Controller
class JobRunsController {

    private final Bulletins bulletins;

    JobRunsController(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    @GetMapping("/admin/bulletin-runs")
    String runs(Model page) {
        page.addAttribute("runs", bulletins.runs());
        return "bulletins/runs";
    }
}
