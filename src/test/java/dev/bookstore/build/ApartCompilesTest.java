package dev.bookstore.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in Logto and the set-up command are apart from the app by construction: compiled as the build compiles
 * them (their own sources, the libraries of {@code bookstore.libraries}, never target/classes), a file of theirs that
 * imports the app does not compile, nor does a file of the app that imports them. Each refusal is checked against the
 * same file without the import, which compiles.
 */
class ApartCompilesTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static final String LIBRARIES = System.getProperty("build.libraries", "${bookstore.libraries}");
    private static final String APP_CLASS = "dev.bookstore.web.control.RoutedPath";

    @TempDir
    Path work;

    @Test
    void theProviderCannotImportTheApp() throws IOException {
        assertRefused("src/devprovider/java", LIBRARIES, "dev.bookstore.devprovider", APP_CLASS,
                "dev.bookstore.devprovider.LocalLogto");
    }

    @Test
    void theSetUpCannotImportTheApp() throws IOException {
        assertRefused("src/setup/java", LIBRARIES, "dev.bookstore.tenantsetup", APP_CLASS,
                "dev.bookstore.tenantsetup.LogtoSetup");
    }

    @Test
    void theAppCannotImportTheProviderNorTheSetUp() throws IOException {
        String appClassPath = PROJECT.resolve("target/classes") + java.io.File.pathSeparator + LIBRARIES;
        assertRefused("src/main/java", appClassPath, "dev.bookstore.web", "dev.bookstore.devprovider.LocalLogto",
                APP_CLASS);
        assertRefused("src/main/java", appClassPath, "dev.bookstore.web", "dev.bookstore.tenantsetup.LogtoSetup",
                APP_CLASS);
    }

    /** In {@code sourceRoot}'s package, importing {@code foreign} fails; importing {@code own} compiles. */
    private void assertRefused(String sourceRoot, String classPath, String pkg, String foreign, String own)
            throws IOException {
        assumeFalse(LIBRARIES.startsWith("${"), "the libraries are listed by the build (not under liberty:dev)");
        String refusal = compile(sourceRoot, classPath, pkg, foreign);
        assertTrue(refusal.contains("does not exist") || refusal.contains("cannot find symbol"),
                pkg + " compiled with an import of " + foreign + ": " + refusal);
        assertEquals("", compile(sourceRoot, classPath, pkg, own), "the same file importing " + own + " compiles");
    }

    /** The compiler's errors for a class of {@code pkg} that uses {@code imported}; empty when it compiled. */
    private String compile(String sourceRoot, String classPath, String pkg, String imported) throws IOException {
        Path source = work.resolve(pkg.replace('.', '/')).resolve("ApartProbe.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package " + pkg + ";\nimport " + imported + ";\n"
                + "class ApartProbe { Class<?> used = " + imported.substring(imported.lastIndexOf('.') + 1) + ".class; }\n");
        Path out = Files.createTempDirectory(work, "classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        List<String> options = List.of("-d", out.toString(), "-implicit:none", "-proc:none", "-classpath", classPath,
                "-sourcepath", PROJECT.resolve(sourceRoot).toString());
        boolean compiled = javac.getTask(errors, null, null, options, null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
        return compiled ? "" : errors.toString();
    }
}
