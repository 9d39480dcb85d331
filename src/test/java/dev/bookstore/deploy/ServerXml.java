package dev.bookstore.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the deployment files must agree with: the server's own configuration (liberty/server.xml). */
final class ServerXml {

    private ServerXml() {
    }

    /** The default of server.xml's HTTP_PORT variable. */
    static int httpPort(Path project) throws IOException {
        Matcher port = Pattern.compile("<variable name=\"HTTP_PORT\" defaultValue=\"(\\d+)\"/>")
                .matcher(Files.readString(project.resolve("liberty/server.xml")));
        assertTrue(port.find(), "server.xml names HTTP_PORT's default");
        return Integer.parseInt(port.group(1));
    }
}
