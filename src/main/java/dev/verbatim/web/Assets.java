package dev.verbatim.web;

import io.quarkus.qute.TemplateGlobal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32C;

/**
 * The style sheet, script and icon the pages link to, each address carrying a digest of the file:
 * a new release is fetched at once, whatever a browser cached of the last one.
 */
@TemplateGlobal
final class Assets {

    static final String stylesheet = address("assets/verbatim.css");
    static final String script = address("assets/verbatim.js");
    static final String icon = address("assets/icon.svg");

    private Assets() {
    }

    private static String address(String file) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("META-INF/resources/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks META-INF/resources/" + file);
            }
            CRC32C crc = new CRC32C();
            crc.update(in.readAllBytes());
            return "/" + file + "?v=" + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
