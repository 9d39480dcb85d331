package dev.bookstore.bench.probe;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.stream.Collectors;

/**
 * Deployed by the benchmark only (a library added to a copy of the WAR): answers, for the caller's own
 * session, the serialized size of each attribute, as a session store that replicates attributes one by
 * one would write them. Never part of the product WAR.
 */
@WebServlet("/bench-probe/session")
public class SessionProbeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        if (session == null) {
            response.getWriter().write("{}");
            return;
        }
        response.getWriter().write(Collections.list(session.getAttributeNames()).stream().sorted()
                .map(name -> quote(name) + ":" + describe(session.getAttribute(name)))
                .collect(Collectors.joining(",", "{", "}")));
    }

    /** Its class and the bytes Java serialization writes for it, or -1 and why it cannot be serialized. */
    private static String describe(Object value) {
        String type = value == null ? "null" : value.getClass().getName();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException notSerializable) {
            return "{\"type\":" + quote(type) + ",\"bytes\":-1,\"problem\":" + quote(notSerializable.toString()) + "}";
        }
        return "{\"type\":" + quote(type) + ",\"bytes\":" + bytes.size() + "}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
