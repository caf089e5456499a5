package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person sees on an organization's page, in headless Chromium (Debian's chromium and
 * chromium-driver, which .ci/run installs). Fails, rather than skips, when they are missing.
 */
class EntityPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path profile;

    private static LinkedDataServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver (as .ci/run does)");
        }
        server = LinkedDataServer.builder(ServedArticles.dataset(List.of(ServedArticles.ACME))).port(0).start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1200,1400", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void organizationPageShowsItsInvestmentWithTheSentenceAndLinksOn() {
        browser.get(server.url() + "id/organization/acme-robotics");

        assertEquals("Acme Robotics", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getTitle().startsWith("Acme Robotics"), browser.getTitle());

        WebElement investments = browser.findElement(By.cssSelector("table.investments"));
        assertTrue(investments.isDisplayed());
        assertEquals("$450,000,000 USD", investments.findElement(By.cssSelector("td.amount")).getText());
        assertTrue(investments.getText().contains("3 years"), investments.getText());

        WebElement sentence = investments.findElement(By.cssSelector("figure.evidence blockquote"));
        assertTrue(sentence.getText().contains("will invest $450 million over three years"), sentence.getText());
        List<String> highlighted = sentence.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertTrue(highlighted.contains("$450 million"), highlighted.toString());
        String background = sentence.findElement(By.tagName("mark")).getCssValue("background-color");
        assertFalse(background.equals("rgba(0, 0, 0, 0)"), "the highlight is visible: " + background);

        browser.findElement(By.linkText("Poland")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Poland"));
        assertTrue(browser.getCurrentUrl().endsWith("/id/wd/Q36"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.linkText("Acme Robotics")).isDisplayed(), "the way back to the investor");
    }
}
