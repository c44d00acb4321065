package org.convener.seats.web;

import org.convener.platform.Refusals;
import org.convener.seats.SeatIntelligence;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class MapController {

    private final SeatIntelligence seats;

    MapController(SeatIntelligence seats) {
        this.seats = seats;
    }

    /** The hex map, coloured as asked; seats outside the seat-list filters are dimmed. */
    @GetMapping("/map")
    String map(
            @RequestParam(required = false, defaultValue = "winner") String colour,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String winner,
            @RequestParam(required = false) String second,
            @RequestParam(required = false) Double minMajority,
            @RequestParam(required = false) Double maxMajority,
            Model model) {
        var query = new SeatQuery(area, winner, second, minMajority, maxMajority, null);
        try {
            MapColouring colouring = MapColouring.ofKey(colour);
            model.addAttribute("map", colouring.draw(seats.seats(), query.toFilter()));
            model.addAttribute("colouring", colouring);
        } catch (IllegalArgumentException e) {
            throw Refusals.badRequest(e.getMessage());
        }
        model.addAttribute("query", query);
        model.addAttribute("colourings", MapColouring.values());
        return "seats/map";
    }
}
