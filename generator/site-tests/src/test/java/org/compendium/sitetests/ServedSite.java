package org.compendium.sitetests;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A generated site opened in headless Chromium, both from disk and over HTTP (the JDK's file server on a
 * free loopback port). Close it to quit the browser and stop the server.
 */
record ServedSite(Path root, ChromeDriver browser, HttpServer server) implements AutoCloseable {

    static ServedSite open(Path root) {
        ChromeDriver browser = Browser.start(1280, 1000);
        HttpServer server = SimpleFileServer.createFileServer(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), root, SimpleFileServer.OutputLevel.NONE);
        server.start();
        return new ServedSite(root, browser, server);
    }

    String fileUrl(String page) {
        return root.resolve(page).toUri().toString();
    }

    String httpUrl(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            server.stop(0);
        }
    }
}
