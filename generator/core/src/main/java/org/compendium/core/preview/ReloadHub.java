package org.compendium.core.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The open browser tabs, each listening on a Server-Sent Events stream ({@code /__compendium/events}):
 * after every build they get a {@code reload} event. A tab that went away is dropped at the next write.
 */
final class ReloadHub implements AutoCloseable {
    private final List<Client> clients = new CopyOnWriteArrayList<>();

    private record Client(HttpExchange exchange, CountDownLatch closed) {
    }

    /** Serves one event stream until the tab goes away or the hub closes (runs on its own thread). */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange, new CountDownLatch(1));
        clients.add(client);
        send(client, ": connected\nretry: 500\n\n");
        try {
            client.closed().await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            drop(client);
        }
    }

    /** Tells every tab to reload; {@code generation} numbers the build. */
    void reload(long generation) {
        clients.forEach(c -> send(c, "event: reload\ndata: " + generation + "\n\n"));
    }

    /** A comment line that keeps connections alive and finds tabs that went away. */
    void ping() {
        clients.forEach(c -> send(c, ": ping\n\n"));
    }

    int size() {
        return clients.size();
    }

    private void send(Client client, String text) {
        synchronized (client) {
            try {
                OutputStream out = client.exchange().getResponseBody();
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                drop(client);
            }
        }
    }

    private void drop(Client client) {
        if (clients.remove(client)) {
            client.exchange().close();
        }
        client.closed().countDown();
    }

    @Override
    public void close() {
        clients.forEach(this::drop);
    }
}
