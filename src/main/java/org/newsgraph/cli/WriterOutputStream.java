package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a command's {@link Writer}, so Jena's writers, which want a stream, can stream
 * to the command line's output without holding the whole graph in memory.
 *
 * <pre>{@code RDFWriter.source(g).lang(Lang.NQUADS).output(new WriterOutputStream(out));}</pre>
 */
final class WriterOutputStream extends OutputStream {

    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    // a character's bytes may arrive in two writes; the tail waits here for the rest
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int take = Math.min(pending.remaining(), end - at);
            pending.put(bytes, at, take);
            at += take;
            decode();
        }
    }

    private void decode() throws IOException {
        pending.flip();
        while (true) {
            var result = decoder.decode(pending, chars, false);
            chars.flip();
            writer.write(chars.array(), chars.position(), chars.remaining());
            chars.clear();
            if (!result.isOverflow()) {
                break;
            }
        }
        pending.compact();
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }
}
