package org.convener.platform.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.convener.platform.audit.AuditLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators, filterable and paged. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        // a person chosen by name from the suggestions is searched for as person:ID
        if (subject != null && subject.strip().matches(".*#\\s*\\d{1,18}")) {
            subject = "person:" + PersonChoice.idOf(subject);
        }
        ZoneId zone = ZoneId.systemDefault();
        var records = audit.search(
                type,
                actor,
                subject,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                page);
        // reading the log is itself logged: who looked, when, and for what (an actor searched for is
        // not repeated here, as it may be someone's email)
        var read = new java.util.LinkedHashMap<String, Object>();
        read.put("type", type == null || type.isBlank() ? null : type);
        read.put("actor", actor == null || actor.isBlank() ? null : "given");
        read.put(
                "subject",
                subject == null || subject.isBlank()
                        ? null
                        : subject.trim().matches("person:[0-9]{1,18}") ? subject.trim() : "given");
        read.put("from", from == null ? null : from.toString());
        read.put("to", to == null ? null : to.toString());
        read.put("page", Math.max(1, page));
        audit.record("viewed", "audit log", "search", null, null, read);
        boolean more = records.size() > AuditLog.PAGE_SIZE;
        model.addAttribute("records", more ? records.subList(0, AuditLog.PAGE_SIZE) : records);
        model.addAttribute("more", more);
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("types", audit.entityTypes());
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("subject", subject == null ? "" : subject);
        model.addAttribute("from", from == null ? "" : from.toString());
        model.addAttribute("to", to == null ? "" : to.toString());
        return "platform/audit";
    }
}
