package dev.verbatim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slow uploads never hold the server: reads stay quick, and a client's bodies in flight are bounded. */
@QuarkusTest
class UploadLimitsTest {

    /** Headers sent and the first bytes of a body announced much longer: an upload that trickles. */
    private static Socket trickling() throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        socket.setSoTimeout(15_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/statements HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-admin-key-of-at-least-32-characters\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"title\": \"").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static String statusLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
    }

    @Test
    void twoHundredTricklingUploadsLeaveReadsQuick() throws Exception {
        RestAssured.given().queryParam("limit", 1).when().get("/api/v1/statements").then().statusCode(200);
        List<Socket> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                uploads.add(trickling());
            }
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                RestAssured.given().queryParam("limit", 1).queryParam("n", i).when().get("/api/v1/statements").then().statusCode(200);
                long took = (System.nanoTime() - start) / 1_000_000;
                assertTrue(took < 2_000, "a read took " + took + " ms while uploads trickled");
                best = Math.min(best, took);
            }
            assertTrue(best < 100, "the quickest read took " + best + " ms while 200 uploads trickled");
        } finally {
            for (Socket upload : uploads) {
                upload.close();
            }
        }
    }

    @Test
    void aClientsUploadsBeyondItsBoundAre429AtOnce() throws Exception {
        List<Socket> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                uploads.add(trickling());
            }
            Thread.sleep(500); // the eight are under way on the server's event loops
            try (Socket ninth = trickling()) {
                assertEquals("HTTP/1.1 429 Too Many Requests", statusLine(ninth));
            }
        } finally {
            for (Socket upload : uploads) {
                upload.close();
            }
        }
    }
}
