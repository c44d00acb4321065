package org.convener.platform.web;

import java.util.Comparator;
import java.util.List;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.HomePanel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a signed-in user lands: what needs them, gathered from every module's panels. */
@Controller
class HomePageController {

    private final List<HomePanel> panels;

    HomePageController(List<HomePanel> panels) {
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(HomePanel::order))
                .toList();
    }

    @GetMapping("/home")
    String home(Model model) {
        CurrentUser user = Forms.signedIn();
        model.addAttribute("user", user);
        model.addAttribute(
                "panels", panels.stream().flatMap(p -> p.panel(user).stream()).toList());
        return "platform/home";
    }
}
