package dev.verbatim;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the server. */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        // VERBATIM_DATA_DIR may be a plain relative path such as "data"; H2 refuses those unless told.
        System.setProperty("h2.implicitRelativePath", "true");
        Quarkus.run(args);
    }
}
