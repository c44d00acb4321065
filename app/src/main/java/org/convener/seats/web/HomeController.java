package org.convener.seats.web;

import java.util.ArrayList;
import java.util.Map;
import org.convener.engine.Party;
import org.convener.seats.SeatIntelligence;
import org.convener.shared.BarChart;
import org.convener.shared.Format;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final SeatIntelligence seats;

    HomeController(SeatIntelligence seats) {
        this.seats = seats;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("hasResults", seats.hasResults());
        if (seats.hasResults()) {
            model.addAttribute("total", seats.seats().size());
            model.addAttribute("seatsChart", seatsChart(seats.seatsWon(), seats.notionalSeatsWon2019()));
            model.addAttribute("seatsWon", seats.seatsWon());
            model.addAttribute("runnerUp", seats.runnerUp());
        }
        return "seats/home";
    }

    private static BarChart seatsChart(Map<Party, Integer> won, Map<Party, Integer> notional) {
        var rows = new ArrayList<BarChart.Row>();
        won.forEach((party, count) -> {
            var bars = new ArrayList<BarChart.Bar>();
            if (!notional.isEmpty()) {
                int before = notional.getOrDefault(party, 0);
                bars.add(new BarChart.Bar(before, "bar-" + party.code(), Format.count(before), true));
            }
            bars.add(new BarChart.Bar(count, "bar-" + party.code(), Format.count(count), false));
            rows.add(new BarChart.Row(party.code(), bars));
        });
        var series = notional.isEmpty() ? java.util.List.of("2024") : java.util.List.of("2019 notional", "2024");
        return new BarChart("Seats won in 2024 against the notional 2019 result", rows, 0, series);
    }
}
