package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** What ships: neither the local provider for development and tests nor the tenant set-up command is in the WAR. */
class PackagedWarIT {

    @Test
    void theWarHoldsTheAppButNotTheLocalProviderNorTheSetUpCommand() throws IOException {
        try (ZipFile war = new ZipFile(ItSettings.WAR.toFile())) {
            List<String> entries = war.stream().map(ZipEntry::getName).toList();
            assertTrue(entries.contains("WEB-INF/classes/dev/bookstore/auth/boundary/LogtoOpenIdDefinition.class"));
            assertEquals(List.of(), entries.stream().filter(name -> name.contains("devprovider")
                    || name.contains("tenantsetup")).toList());
        }
    }
}
