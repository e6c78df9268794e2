package org.compendium.sitetests;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: nothing is downloaded (Selenium Manager is
 * bypassed by naming both executables).
 */
final class Browser {
    static final Path CHROMIUM = Tools.CHROMIUM;
    static final Path CHROMEDRIVER = Tools.CHROMEDRIVER;

    private Browser() {
    }

    static ChromeDriver start(int width, int height) {
        Tools.require(java.util.List.of(CHROMIUM, CHROMEDRIVER), "apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=" + Math.max(width, 500) + "," + height, "--lang=zh-CN");
        if (width < 500) {
            // Headless windows are at least 500 px wide; phones are emulated.
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
