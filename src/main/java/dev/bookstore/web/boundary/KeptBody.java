package dev.bookstore.web.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The body of a page being kept ({@link PageCapture}): written through its stream or its writer, in memory. */
final class KeptBody extends ServletOutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    private PrintWriter writer;

    /** The page's writer, in the response's character encoding when it has one (the first call decides). */
    PrintWriter writer(String characterEncoding) {
        if (writer == null) {
            Charset charset = characterEncoding == null ? StandardCharsets.UTF_8 : Charset.forName(characterEncoding);
            writer = new PrintWriter(new OutputStreamWriter(bytes, charset));
        }
        return writer;
    }

    /** Everything written so far, the writer's text included. */
    byte[] written() {
        if (writer != null) {
            writer.flush();
        }
        return bytes.toByteArray();
    }

    void discard() {
        bytes.reset();
    }

    @Override
    public void write(int b) {
        bytes.write(b);
    }

    @Override
    public void write(byte[] chunk, int offset, int length) {
        bytes.write(chunk, offset, length);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("a page being kept is written blocking");
    }
}
