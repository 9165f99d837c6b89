package dev.verbatim.ingest;

import dev.verbatim.api.ProblemException;
import dev.verbatim.statement.RawSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * What an import is sent, before anything reads it as a statement: a page (text or HTML, in a
 * charset Java reads, not binary) or a batch of lines, each no larger than one request may be.
 * Its refusals are about the body itself (413, 415, 400); the import command's files pass here too.
 */
@ApplicationScoped
class ImportBodies {

    private final ImportConfig config;

    ImportBodies(ImportConfig config) {
        this.config = config;
    }

    /** A page ready to be read, with the bytes it came as and their type, as they are kept. */
    record Page(PageSource source, RawSource raw) {
    }

    Page page(byte[] body, String mediaType, String charset) {
        checkSize(body.length);
        boolean html = mediaType.equalsIgnoreCase("text/html") || mediaType.equalsIgnoreCase("application/xhtml+xml");
        PageSource source = html ? HtmlPage.render(refuseBinary(body)) : PageSource.of(decode(refuseBinary(body), charset));
        String stored = (html ? "text/html" : "text/plain") + "; charset=" + (charset == null ? "UTF-8" : charset);
        return new Page(source, new RawSource(stored, body));
    }

    /** A batch sent over HTTP: refused whole, before anything is stored, when it is larger or longer than one request may be. */
    void checkBatch(byte[] body) {
        checkSize(body.length);
        long lines = 0;
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines++;
            }
        }
        if (lines > config.maxBatchLines()) {
            throw new ProblemException.TooLarge("The batch has " + lines + " lines; one request takes " + config.maxBatchLines()
                    + " at most. Split it, or use the import command.");
        }
    }

    private void checkSize(long bytes) {
        if (bytes > config.maxBodySize().asLongValue()) {
            throw new ProblemException.TooLarge("The body has " + bytes + " bytes; imports take " + config.maxBodySize().asLongValue()
                    + " at most.");
        }
    }

    private static byte[] refuseBinary(byte[] body) {
        int controls = 0;
        for (int i = 0; i < Math.min(body.length, 65536); i++) {
            byte b = body[i];
            if (b == 0) {
                throw new ProblemException.UnsupportedContent("The body holds binary data (a NUL byte); imports take page text or HTML.");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 16) {
            throw new ProblemException.UnsupportedContent("The body holds binary data (control bytes); imports take page text or HTML.");
        }
        return body;
    }

    private static String decode(byte[] body, String charsetName) {
        Charset charset;
        try {
            charset = charsetName == null ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException.UnsupportedContent("The charset '" + charsetName + "' is not supported; send UTF-8.");
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException.InvalidBody("The body is not valid " + charset.name() + " text.");
        }
    }
}
