package nl.industriemonitor.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A refused download in a form its reader can use: a {@code .json} link is read by scripts, so it
 * gets a JSON problem document (RFC 9457); a {@code .csv} link is opened by people and spreadsheets,
 * so it gets plain text (a browser shows it, a spreadsheet shows it as one column) rather than a CSV
 * that could pass for data. Both in the page's language, with the links of the error page.
 */
final class ErrorDownloads {

    static final String JSON_TYPE = "application/problem+json;charset=UTF-8";
    static final String TEXT_TYPE = "text/plain;charset=UTF-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorDownloads() {
    }

    static String json(Messages msg, int status, String message, List<PageException.Link> links, String base) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", msg.error_title());
        problem.put("status", status);
        problem.put("detail", message);
        problem.put("links", links.stream().map(l -> Map.of("href", base + l.href(), "label", l.label())).toList());
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Messages msg, int status, String message, List<PageException.Link> links, String base) {
        StringBuilder s = new StringBuilder().append(msg.error_title()).append(" (").append(status).append(")\n\n")
                .append(message).append('\n');
        if (!links.isEmpty()) {
            s.append('\n').append(msg.error_links()).append('\n');
            links.forEach(l -> s.append("- ").append(l.label()).append(": ").append(base).append(l.href()).append('\n'));
        }
        return s.toString();
    }
}
