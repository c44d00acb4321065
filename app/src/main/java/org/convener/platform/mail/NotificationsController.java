package org.convener.platform.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person chooses, per kind of notification, how they hear of it. */
@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/account/notifications")
    String preferences(Model model) {
        CurrentUser user = Forms.signedIn();
        model.addAttribute("kinds", notifications.kinds());
        model.addAttribute("chosen", notifications.preferences(user.accountId()));
        model.addAttribute("deliveries", NotificationKind.Delivery.values());
        model.addAttribute("linked", user.personId() != null);
        model.addAttribute(
                "recent", user.personId() == null ? java.util.List.of() : notifications.recent(user.personId(), 20));
        return "platform/notifications";
    }

    @PostMapping("/account/notifications")
    String choose(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        return Forms.outcome(redirect, "/account/notifications", () -> {
            var choices = new LinkedHashMap<String, NotificationKind.Delivery>();
            for (NotificationKind kind : notifications.kinds()) {
                String value = form.get("kind-" + kind.key());
                if (value != null) {
                    try {
                        choices.put(kind.key(), NotificationKind.Delivery.valueOf(value));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("choose at once, daily digest or never for " + kind.label());
                    }
                }
            }
            notifications.choose(user.accountId(), choices);
            return "Your choices are saved.";
        });
    }
}
