package dev.bookstore.web.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A page as it was rendered, headers and body, to be sent again as it is. */
public record RenderedPage(String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] body) {

    public RenderedPage {
        headers = List.copyOf(headers);
    }

    public void replay(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (locale != null) {
            response.setLocale(locale);
        }
        for (Map.Entry<String, String> header : headers) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
