package io.perfeval.examples.cli.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One Chrome DevTools Protocol connection over the JDK's WebSocket, in flat-session mode: a command names the target
 * session it is for, and events carry the session they came from. Every wait is bounded by {@link #TIMEOUT} and fails
 * with the command or event it was waiting for.
 */
final class DevTools implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Every event received, in order; guarded by itself (waiters are woken with notifyAll). */
    private final List<JsonNode> events = new ArrayList<>();

    private DevTools(WebSocket socket) {
        this.socket = socket;
    }

    static DevTools connect(URI browserEndpoint) {
        Listener listener = new Listener();
        try {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(browserEndpoint, listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            DevTools devTools = new DevTools(socket);
            listener.owner = devTools;
            return devTools;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to " + browserEndpoint, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot open the DevTools WebSocket " + browserEndpoint, e);
        }
    }

    /** Sends a command to the browser ({@code session} null) or to an attached target; returns its result. */
    JsonNode send(String session, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            socket.sendText(message.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new AssertionError(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + method, e);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer to " + method + " within " + TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new AssertionError(method + " failed: " + e.getCause(), e.getCause());
        } finally {
            pending.remove(id);
        }
    }

    /** Waits for an event of the session, received at or after position {@code from} of {@link #eventCount()}. */
    JsonNode await(String session, String method, int from, Predicate<JsonNode> params) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (true) {
                for (int i = from; i < events.size(); i++) {
                    JsonNode e = events.get(i);
                    if (e.path("sessionId").asText().equals(session) && e.path("method").asText().equals(method)
                            && params.test(e.path("params"))) {
                        return e.path("params");
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + method + " event within " + TIMEOUT.toSeconds() + " s");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(events, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for " + method, e);
                }
            }
        }
    }

    int eventCount() {
        synchronized (events) {
            return events.size();
        }
    }

    /** The parameters of the session's events named {@code method}, received at or after position {@code from}. */
    List<JsonNode> events(String session, String method, int from) {
        synchronized (events) {
            return events.subList(from, events.size()).stream()
                    .filter(e -> e.path("sessionId").asText().equals(session) && e.path("method").asText().equals(method))
                    .map(e -> e.path("params")).toList();
        }
    }

    private void receive(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable DevTools message: " + text, e);
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else {
            synchronized (events) {
                events.add(message);
                events.notifyAll();
            }
        }
    }

    private void failAll(Throwable cause) {
        pending.values().forEach(f -> f.completeExceptionally(cause));
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Joins the parts of a text message (screenshots and PDFs come in many) and hands whole messages over. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile DevTools owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (owner != null) {
                    owner.receive(text);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (owner != null) {
                owner.failAll(error);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (owner != null) {
                owner.failAll(new IllegalStateException("DevTools connection closed: " + statusCode + " " + reason));
            }
            return null;
        }
    }
}
