package dev.bookstore.deploy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the previous release (ce524c7) wrote, as committed under {@code src/test/resources/upgrade/ce524c7} (its
 * README says how): sessions as Liberty's session cache keeps them (each attribute serialized on its own, under its
 * name), the entries of the Hazelcast map of shared records, and its database. Read here with this release's classes.
 */
public final class PreviousRelease {

    private static final String FIXTURES = "/upgrade/ce524c7/";

    private PreviousRelease() {
    }

    public static Path file(String name) {
        URL fixture = PreviousRelease.class.getResource(FIXTURES + name);
        if (fixture == null) {
            throw new IllegalStateException("no fixture " + FIXTURES + name);
        }
        try {
            return Path.of(fixture.toURI());
        } catch (URISyntaxException notAPath) {
            throw new IllegalStateException(fixture.toString(), notAPath);
        }
    }

    /** One of the previous release's sessions, every attribute read back by this release (none may fail). */
    public static HttpSession session(String name, String id) throws IOException, ClassNotFoundException {
        Map<String, Object> attributes = new HashMap<>();
        try (Stream<Path> files = Files.list(file(name))) {
            for (Path attribute : files.toList()) {
                String fileName = attribute.getFileName().toString();
                attributes.put(fileName.substring(0, fileName.length() - ".ser".length()), read(attribute));
            }
        }
        return sessionOf(attributes, id);
    }

    /** One serialized fixture, read back by this release. */
    public static Object read(String name) throws IOException, ClassNotFoundException {
        return read(file(name));
    }

    public static Object read(Path serialized) throws IOException, ClassNotFoundException {
        try (InputStream bytes = Files.newInputStream(serialized)) {
            return read(bytes);
        }
    }

    public static Object read(InputStream serialized) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(serialized)) {
            return in.readObject();
        }
    }

    /** The Hazelcast map's entries (key, epoch millis) as the previous release put them. */
    public static Map<String, Long> markers() {
        try (Stream<String> lines = Files.lines(file("markers.tsv"))) {
            Map<String, Long> entries = new HashMap<>();
            lines.filter(line -> !line.startsWith("#")).map(line -> line.split("\t"))
                    .forEach(entry -> entries.put(entry[0], Long.valueOf(entry[1])));
            return entries;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The HttpSession calls the app makes (id and attributes), on a map: the servlet container's part. */
    public static HttpSession sessionOf(Map<String, Object> attributes, String id) {
        return (HttpSession) Proxy.newProxyInstance(PreviousRelease.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "getAttributeNames" -> Collections.enumeration(List.copyOf(attributes.keySet()));
                    case "setAttribute" -> {
                        attributes.put((String) arguments[0], arguments[1]);
                        yield null;
                    }
                    case "removeAttribute" -> {
                        attributes.remove((String) arguments[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A request of that session, from a browser that states no language. */
    public static HttpServletRequest requestIn(HttpSession session) {
        return (HttpServletRequest) Proxy.newProxyInstance(PreviousRelease.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getSession" -> session;
                    case "getLocales" -> Collections.emptyEnumeration();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
