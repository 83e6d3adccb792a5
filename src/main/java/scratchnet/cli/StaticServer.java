package scratchnet.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small static file server for the built site, bound to 127.0.0.1 only. It answers GET and
 * HEAD with the file's bytes, a correct Content-Type (WebAssembly must be
 * {@code application/wasm} for streaming compilation) and the headers netlify.toml gives the
 * path in production ({@link SiteHeaders}), on every reply including errors.
 *
 * <p>One slow or silent client must not stall the others ({@link Limits}): each connection
 * gets its own worker thread, up to a cap beyond which new connections get 503 at once; its
 * request head must arrive within a deadline and fit a size cap; the whole exchange has a
 * deadline too. Each reply closes its connection, so no idle connection holds a worker. Files
 * are served only if their real path (symbolic links resolved) lies inside the root.
 */
public final class StaticServer implements AutoCloseable {
    /**
     * What one client may hold.
     *
     * @param maxConnections    connections served at once; more are refused with 503
     * @param headTimeoutMs     time for the request line and header fields to arrive, from
     *                          the connection's accept; a client still sending is dropped
     * @param exchangeTimeoutMs time for the whole exchange, so a client that stops reading
     *                          the reply is dropped too
     * @param maxHeadBytes      cap on the request line and header fields together (431)
     */
    record Limits(int maxConnections, int headTimeoutMs, int exchangeTimeoutMs,
            int maxHeadBytes) {
        /** 128 connections, 5 s for the head, 60 s for the exchange, 8 KiB of head. */
        static final Limits DEFAULT = new Limits(128, 5_000, 60_000, 8 * 1024);
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final ServerSocket listener;
    private final Path root;
    private final SiteHeaders siteHeaders;
    private final Limits limits;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService deadlines;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private StaticServer(ServerSocket listener, Path root, SiteHeaders siteHeaders,
            Limits limits) {
        this.listener = listener;
        this.root = root;
        this.siteHeaders = siteHeaders;
        this.limits = limits;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, limits.maxConnections(), 10, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> daemon(r, "serve-" + count.incrementAndGet()));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(
                r -> daemon(r, "serve-deadlines"));
    }

    /**
     * Serves {@code root} on 127.0.0.1:{@code port} (0 picks a free port) with the headers of
     * the netlify.toml on the classpath.
     */
    public static StaticServer start(Path root, int port) throws IOException {
        return start(root, port, SiteHeaders.fromClasspath(), Limits.DEFAULT);
    }

    /** Serves {@code root} on 127.0.0.1:{@code port} with the given header rules and limits. */
    static StaticServer start(Path root, int port, SiteHeaders siteHeaders, Limits limits)
            throws IOException {
        Path realRoot = root.toRealPath();
        ServerSocket listener = new ServerSocket(port, 256, InetAddress.getLoopbackAddress());
        StaticServer server = new StaticServer(listener, realRoot, siteHeaders, limits);
        daemon(server::acceptLoop, "serve-accept").start();
        return server;
    }

    /** The address of the site's index, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/";
    }

    /** The Content-Type for a file name, by extension. */
    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket connection;
            try {
                connection = listener.accept();
            } catch (IOException e) {
                // Closed (the loop ends), or one failed accept, e.g. out of file descriptors:
                // pause rather than spin.
                pause();
                continue;
            }
            open.add(connection);
            try {
                workers.execute(() -> serve(connection));
            } catch (RejectedExecutionException e) {
                try (connection) {
                    // A fresh socket's send buffer takes these few bytes without blocking.
                    reply(connection.getOutputStream(), 503, "/", "too many connections\n",
                            Map.of("Retry-After", Integer.toString(
                                    Math.max(1, limits.headTimeoutMs() / 1000))));
                } catch (IOException ignored) {
                    // the client is gone
                } finally {
                    open.remove(connection);
                }
            }
        }
    }

    /** One exchange: read the head (bounded in time and size), reply, close. */
    private void serve(Socket connection) {
        ScheduledFuture<?> deadline = closeAfter(connection, limits.headTimeoutMs());
        try (connection) {
            connection.setSoTimeout(limits.headTimeoutMs());
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = new BufferedOutputStream(connection.getOutputStream());
            try {
                RequestHead head = RequestHead.read(in, limits.maxHeadBytes());
                deadline.cancel(false);
                deadline = closeAfter(connection, limits.exchangeTimeoutMs());
                respond(head, out);
            } catch (RequestHead.TooLarge e) {
                reply(out, 431, "/", "request head too large\n", Map.of());
            } catch (RequestHead.Malformed e) {
                reply(out, 400, "/", "bad request: " + e.getMessage() + "\n", Map.of());
            }
            connection.shutdownOutput();
            // Unread request bytes (a body we never wanted, the rest of a head too large)
            // would turn the close into a reset that can destroy the reply before the client
            // reads it; drop what has arrived.
            for (long dropped = 0; in.available() > 0 && dropped < 64 * 1024; ) {
                dropped += in.skip(in.available());
            }
        } catch (IOException e) {
            // The client went away, was too slow, or was cut off by its deadline: nothing to
            // answer.
        } finally {
            deadline.cancel(false);
            open.remove(connection);
        }
    }

    private ScheduledFuture<?> closeAfter(Socket connection, int millis) {
        return deadlines.schedule(() -> closeQuietly(connection), millis, TimeUnit.MILLISECONDS);
    }

    private void respond(RequestHead head, OutputStream out) throws IOException {
        String path = requestPath(head.target());
        String headerPath = path == null ? "/" : path;
        if (!head.method().equals("GET") && !head.method().equals("HEAD")) {
            reply(out, 405, headerPath, "method not allowed\n", Map.of("Allow", "GET, HEAD"));
            return;
        }
        if (path == null) {
            reply(out, 400, headerPath, head.method().equals("HEAD") ? "" : "bad request path\n",
                    Map.of());
            return;
        }
        Path file = resolve(path);
        if (file == null) {
            reply(out, 404, path, head.method().equals("HEAD") ? "" : "not found\n", Map.of());
            return;
        }
        long length = Files.size(file);
        Map<String, String> headers = headers(path, contentType(file.toString()), length, Map.of());
        writeHead(out, 200, headers);
        if (head.method().equals("GET")) {
            try (InputStream body = Files.newInputStream(file)) {
                body.transferTo(out);
            }
        }
        out.flush();
    }

    /**
     * The decoded path of an origin-form request target ({@code /a/b.js?x} → {@code /a/b.js}),
     * or null if it is not one or decodes to control characters or backslashes.
     */
    static String requestPath(String target) {
        if (!target.startsWith("/")) {
            return null;
        }
        String path;
        try {
            path = new URI("http://localhost" + target).getPath();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        if (path == null || path.isEmpty()) {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return null;
            }
        }
        return path;
    }

    /** The regular file a decoded request path names inside the root, or null. */
    private Path resolve(String path) throws IOException {
        String relative = (path.endsWith("/") ? path + "index.html" : path).substring(1);
        try {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || !Files.exists(file)) {
                return null;
            }
            // Symbolic links are followed only to where they stay inside the root.
            Path real = file.toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) ? real : null;
        } catch (InvalidPathException | NoSuchFileException e) {
            return null;
        }
    }

    private Map<String, String> headers(String path, String type, long length,
            Map<String, String> extra) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", type);
        headers.put("Content-Length", Long.toString(length));
        headers.put("Cache-Control", "no-cache");
        headers.putAll(siteHeaders.forPath(path));
        headers.putAll(extra);
        headers.put("Connection", "close");
        return headers;
    }

    private void reply(OutputStream out, int status, String path, String text,
            Map<String, String> extra) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        writeHead(out, status, headers(path, "text/plain; charset=utf-8", body.length, extra));
        out.write(body);
        out.flush();
    }

    private static void writeHead(OutputStream out, int status, Map<String, String> headers)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                .append(reason(status)).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value)
                .append("\r\n"));
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> "Status " + status;
        };
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** Stops serving at once, closing every open connection. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        open.forEach(StaticServer::closeQuietly);
        workers.shutdownNow();
        deadlines.shutdownNow();
    }
}
