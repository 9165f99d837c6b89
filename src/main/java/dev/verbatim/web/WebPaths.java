package dev.verbatim.web;

/** Which requests are for the web pages: everything but the API and the server's own endpoints. */
final class WebPaths {

    private WebPaths() {
    }

    static boolean isPage(String path) {
        return path != null && !(under(path, "/api") || under(path, "/q"));
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
