package org.convener.bulletins.web;

import org.convener.bulletins.Briefing;
import org.convener.bulletins.BriefingPacks;
import org.convener.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A seat's briefing pack, as a page and as a PDF of the same content. */
@Controller
class BriefingController {

    private final BriefingPacks packs;

    BriefingController(BriefingPacks packs) {
        this.packs = packs;
    }

    @GetMapping("/seats/{code}/briefing")
    String page(@PathVariable String code, Model page) {
        page.addAttribute("b", briefing(code));
        page.addAttribute("base", "");
        return "bulletins/briefing";
    }

    @GetMapping("/seats/{code}/briefing.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        Briefing briefing = briefing(code);
        return BulletinsController.pdf(
                packs.pdf(briefing), "briefing-" + briefing.seat().code() + ".pdf");
    }

    private Briefing briefing(String code) {
        return packs.of(code, CurrentUser.get())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such seat"));
    }
}
