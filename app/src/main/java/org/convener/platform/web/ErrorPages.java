package org.convener.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Error pages in the product's own layout. Server faults show no internals. */
@Controller
@ConditionalOnWebApplication
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        HttpStatus known = HttpStatus.resolve(status);
        String message;
        if (status >= 500) {
            message = "Something went wrong on our side. The request changed nothing; please try again.";
        } else {
            // only words written for people: a reason Convener gave (a refused request, a
            // ResponseStatusException), never an exception's own message, which can name Java types
            Object given = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            message = given == null || given.toString().isBlank() ? defaultMessage(status) : given.toString();
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("title", known == null ? "Error" : known.getReasonPhrase());
        model.addAttribute("message", message);
        return "platform/error";
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 404 -> "There is no page at this address.";
            case 403 -> "You do not have access to this page.";
            case 400 -> "The request could not be understood.";
            case 405 -> "This address cannot be used that way.";
            case 413 -> "What was sent is larger than Convener accepts.";
            case 429 -> "Too many requests at once; please wait a moment and try again.";
            default -> "The request could not be completed.";
        };
    }
}
