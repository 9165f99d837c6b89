package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver (nothing is downloaded), with what every
 * browser test does to a page: axe-core's WCAG 2.2 AA rules in light and dark, and screenshots at
 * a phone's width and a desktop's, under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 900;

    final ChromeDriver driver;
    private final Path screenshots;

    /** Whether this machine has the browser and its driver; the browser tests are skipped, saying so, where it does not. */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(Path profile, Path screenshots) throws IOException {
        this.screenshots = Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As root, in a container, with no display and nothing fetched from outside.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT, "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A phone's screen (390 by 844 CSS pixels, touch), or back to a desktop's. */
    void phone(boolean phone) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", phone ? PHONE_WIDTH : DESKTOP_WIDTH, "height", phone ? PHONE_HEIGHT : DESKTOP_HEIGHT,
                "deviceScaleFactor", 1, "mobile", phone));
    }

    /** The reader's system asks for dark pages, or light ones. */
    void dark(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** JavaScript off, as some readers have it, or on. */
    void javascript(boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /**
     * axe-core in the page as it stands, in light and in dark: fails on any serious or critical
     * violation, and reports the lesser ones. Then screenshots of it at a phone's and a desktop's width.
     */
    String check(String name) throws IOException {
        StringBuilder report = new StringBuilder();
        for (boolean dark : List.of(false, true)) {
            dark(dark);
            Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
            List<Rule> grave = results.getViolations().stream()
                    .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
            assertTrue(grave.isEmpty(), name + (dark ? " (dark)" : " (light)") + ": " + describe(grave));
            report.append(name).append(dark ? " dark: " : " light: ").append(results.getPasses().size()).append(" rules passed, ")
                    .append(results.getViolations().isEmpty() ? "no violation" : "lesser violations " + describe(results.getViolations()))
                    .append('\n');
        }
        dark(false);
        phone(true);
        shoot(name + "-phone");
        phone(false);
        shoot(name + "-desktop");
        System.out.print(report);
        return report.toString();
    }

    private void shoot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
