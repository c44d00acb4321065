package org.convener.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/** Error pages in the product's own layout. Server faults show no internals. */
@Controller
@ConditionalOnWebApplication
class ErrorPages implements ErrorController {

    private final ErrorAttributes errors;

    ErrorPages(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        HttpStatus known = HttpStatus.resolve(status);
        String message;
        if (status >= 500) {
            message = "Something went wrong on our side. The request changed nothing; please try again.";
        } else {
            var attributes = errors.getErrorAttributes(
                    new ServletWebRequest(request), ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE));
            Object detail = attributes.get("message");
            message = detail == null
                            || detail.toString().isBlank()
                            || detail.toString().equals("No message available")
                    ? defaultMessage(status)
                    : detail.toString();
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
            default -> "The request could not be completed.";
        };
    }
}
