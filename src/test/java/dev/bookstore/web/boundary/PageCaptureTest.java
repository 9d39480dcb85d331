package dev.bookstore.web.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page is sent whole, with its length, once rendered; only a plain 200 page is kept, headers and all. */
class PageCaptureTest {

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final List<String> calls = new ArrayList<>();
    private int status = 200;

    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> switch (method.getName()) {
                case "getOutputStream" -> new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        sent.write(b);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }
                };
                case "getStatus" -> status;
                case "getCharacterEncoding" -> "UTF-8";
                case "getContentType" -> "text/html;charset=UTF-8";
                case "isCommitted" -> false;
                case "sendRedirect" -> {
                    status = 302;
                    yield null;
                }
                default -> {
                    calls.add(method.getName() + (arguments == null ? "" : " " + List.of(arguments)));
                    yield null;
                }
            });

    @Test
    void aPageWrittenThroughItsWriterIsSentWithItsLengthAndKeptWithItsHeaders() throws Exception {
        PageCapture capture = new PageCapture(response);
        capture.setHeader("Vary", "Cookie");
        capture.setHeader("vary", "Accept-Language");
        capture.addHeader("Content-Language", "ko");
        capture.setLocale(Locale.KOREAN);
        capture.setContentLength(3); // a guess the page makes: the body's own length is sent
        capture.getWriter().print("안녕하세요");
        capture.flushBuffer();
        assertEquals(0, sent.size(), "nothing is sent before the page is complete");
        RenderedPage kept = capture.finish();
        byte[] body = "안녕하세요".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(body, sent.toByteArray());
        assertEquals(List.of("setHeader [Vary, Cookie]", "setHeader [vary, Accept-Language]", "addHeader [Content-Language, ko]",
                "setLocale [ko]", "setContentLength [" + body.length + "]"), calls);
        assertNotNull(kept);
        assertArrayEquals(body, kept.body());
        assertEquals(List.of(Map.entry("vary", "Accept-Language"), Map.entry("Content-Language", "ko")), kept.headers());
        assertEquals(Locale.KOREAN, kept.locale());
    }

    @Test
    void aPageWrittenAsBytesAfterAResetIsSentWithoutWhatCameBefore() throws Exception {
        PageCapture capture = new PageCapture(response);
        capture.addHeader("X-Before", "1");
        capture.getOutputStream().write("half a page".getBytes(StandardCharsets.UTF_8));
        capture.reset();
        capture.getOutputStream().write("<p>the page</p>".getBytes(StandardCharsets.UTF_8));
        RenderedPage kept = capture.finish();
        assertEquals("<p>the page</p>", sent.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), kept.headers());
    }

    @Test
    void aPageThatSetsACookieRedirectsOrFailsIsSentButNotKept() throws Exception {
        PageCapture withCookie = new PageCapture(response);
        withCookie.addCookie(new Cookie("lang", "ko"));
        withCookie.getWriter().print("page");
        assertNull(withCookie.finish());
        PageCapture failing = new PageCapture(response);
        failing.sendError(500);
        assertNull(failing.finish());
        PageCapture redirecting = new PageCapture(response);
        redirecting.sendRedirect("/elsewhere");
        assertNull(redirecting.finish());
        assertEquals("page", sent.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPageAnsweredWithAnotherStatusIsNotKept() throws Exception {
        PageCapture capture = new PageCapture(response);
        status = 404;
        capture.getWriter().print("not here");
        assertNull(capture.finish());
    }
}
