package dev.bookstore.web.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the body of a page being rendered (headers go through as usual, and are noted), so that it can be sent and
 * kept ({@link RenderedPage}). Only a plain 200 page is kept: one that sets a cookie, redirects or fails is not.
 */
public final class PageCapture extends HttpServletResponseWrapper {

    private final KeptBody body = new KeptBody();
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private boolean keepable = true;
    private Locale locale;

    public PageCapture(HttpServletResponse response) {
        super(response);
    }

    /** Sends the kept body; @return the page to keep, or null when it must not be kept. */
    public RenderedPage finish() throws IOException {
        byte[] bytes = body.written();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (!response.isCommitted()) {
            response.setContentLength(bytes.length);
        }
        response.getOutputStream().write(bytes);
        return keepable && getStatus() == SC_OK ? new RenderedPage(getContentType(), locale, headers, bytes) : null;
    }

    @Override
    public PrintWriter getWriter() {
        return body.writer(getCharacterEncoding());
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return body;
    }

    @Override
    public void setHeader(String name, String value) {
        headers.removeIf(header -> header.getKey().equalsIgnoreCase(name));
        headers.add(Map.entry(name, value));
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(Map.entry(name, value));
        super.addHeader(name, value);
    }

    @Override
    public void setLocale(Locale chosen) {
        locale = chosen;
        super.setLocale(chosen);
    }

    @Override
    public void addCookie(Cookie cookie) {
        keepable = false;
        super.addCookie(cookie);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        keepable = false;
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
        keepable = false;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        keepable = false;
        super.sendError(status, message);
    }

    @Override
    public void setContentLength(int length) {
        // the length is the kept body's, set when it is sent
    }

    @Override
    public void setContentLengthLong(long length) {
        // as above
    }

    @Override
    public void flushBuffer() {
        // nothing is sent before the page is complete
    }

    @Override
    public void resetBuffer() {
        body.discard();
    }

    @Override
    public void reset() {
        body.discard();
        headers.clear();
        super.reset();
    }
}
