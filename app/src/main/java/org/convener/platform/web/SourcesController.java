package org.convener.platform.web;

import org.convener.platform.imports.DatasetImports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where every figure comes from, under which licence, and when it was imported. */
@Controller
class SourcesController {

    private final DatasetImports imports;

    SourcesController(DatasetImports imports) {
        this.imports = imports;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("datasets", imports.datasets());
        model.addAttribute("imported", imports.imported());
        return "platform/sources";
    }
}
