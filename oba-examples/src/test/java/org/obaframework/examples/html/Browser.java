package org.obaframework.examples.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One headless Chromium driven over the DevTools protocol, for many pages: the browser reads
 * commands from a pipe and writes answers to another ({@code --remote-debugging-pipe}, each
 * message JSON ended by a NUL byte), here two named pipes, so that no port is opened. A page is
 * opened at a window size, scripts are evaluated in it (awaiting promises), and screenshots of
 * the whole page are taken. Starting a browser takes seconds: tests share one. Closing it kills
 * the browser and deletes its profile.
 */
final class Browser implements AutoCloseable {
  private static final long TIMEOUT_SECONDS = 120;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final Path directory;
  private final OutputStream commands;
  private final InputStream answers;
  private int next = 1;
  private String session = "";

  private Browser(Process process, Path directory, OutputStream commands, InputStream answers) {
    this.process = process;
    this.directory = directory;
    this.commands = commands;
    this.answers = answers;
  }

  /**
   * Starts the browser at {@code $CHROMIUM} or {@code /usr/bin/chromium}.
   *
   * @throws AssertionError saying how to install it, if it is missing
   */
  static Browser start() throws IOException, InterruptedException {
    Path executable = Chromium.find().executable();
    Path directory = Files.createTempDirectory("oba-browser");
    Path in = directory.resolve("in");
    Path out = directory.resolve("out");
    for (Path fifo : List.of(in, out)) {
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
      if (mkfifo.waitFor() != 0) {
        throw new AssertionError("mkfifo failed for " + fifo);
      }
    }
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "exec \"$0\" \"$@\" 3<\"$OBA_IN\" 4>\"$OBA_OUT\"", executable.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--force-color-profile=srgb", "--font-render-hinting=none",
        "--remote-debugging-pipe", "--user-data-dir=" + directory.resolve("profile"),
        "about:blank"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(directory.resolve("stdout").toFile())
        .redirectError(directory.resolve("stderr").toFile());
    builder.environment().put("OBA_IN", in.toString());
    builder.environment().put("OBA_OUT", out.toString());
    Process process = builder.start();
    // The shell opens "in" for reading, then "out" for writing: open them in the same order.
    OutputStream commands = Files.newOutputStream(in);
    InputStream answers = Files.newInputStream(out);
    Browser browser = new Browser(process, directory, commands, answers);
    browser.attach();
    return browser;
  }

  /** Opens a page target and attaches to it, with flattened sessions. */
  private void attach() throws IOException {
    String target = call("Target.createTarget", Map.of("url", "about:blank"))
        .get("targetId").asString();
    session = call("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .get("sessionId").asString();
    call("Page.enable", Map.of());
    call("Runtime.enable", Map.of());
  }

  /**
   * Opens a file in a window of a size, waits for it to load, and returns its title.
   *
   * @param page the HTML file
   * @param width the window's width in CSS pixels
   * @param height the window's height
   */
  void open(Path page, int width, int height) throws IOException {
    size(width, height);
    // Mark the page open now, so that its own "complete" is never taken for the new one's.
    evaluate("window.obaOld = true");
    call("Page.navigate", Map.of("url", page.toAbsolutePath().toUri().toString()));
    for (int i = 0; i < 400; i++) {
      if (evaluate("!window.obaOld && document.readyState === 'complete'").asBoolean()) {
        return;
      }
      sleep();
    }
    throw new AssertionError("the page did not load: " + page);
  }

  /** Sets the window's size (the layout viewport). */
  void size(int width, int height) throws IOException {
    call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", false));
  }

  /** Lays the page out for print (or for the screen again). */
  void media(String media) throws IOException {
    call("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  /**
   * Evaluates a script in the page, awaiting a promise, and returns its value as JSON.
   *
   * @param expression the script
   * @return its value
   */
  JsonNode evaluate(String expression) throws IOException {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression,
        "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("script failed: " + result.get("exceptionDetails"));
    }
    JsonNode value = result.get("result").get("value");
    return value == null ? JSON.nullNode() : value;
  }

  /**
   * Saves a PNG screenshot of the whole page at the current width.
   *
   * @param png where to save it
   */
  void screenshot(Path png) throws IOException {
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true));
    Files.write(png, Base64.getDecoder().decode(shot.get("data").asString()));
  }

  /**
   * Saves a PNG screenshot of the part of the page an element covers.
   *
   * @param png where to save it
   * @param selector the element's CSS selector
   */
  void screenshot(Path png, String selector) throws IOException {
    JsonNode box = evaluate("(() => { const r = document.querySelector('" + selector
        + "').getBoundingClientRect(); return [r.left + window.scrollX, r.top + window.scrollY,"
        + " r.width, r.height]; })()");
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", box.get(0).asDouble(),
            "y", box.get(1).asDouble(), "width", box.get(2).asDouble(),
            "height", box.get(3).asDouble(), "scale", 1)));
    Files.write(png, Base64.getDecoder().decode(shot.get("data").asString()));
  }

  private JsonNode call(String method, Map<String, Object> params) throws IOException {
    int id = next++;
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (!session.isEmpty() && !method.startsWith("Target.")) {
      message.put("sessionId", session);
    }
    commands.write(JSON.writeValueAsBytes(message));
    commands.write(0);
    commands.flush();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      JsonNode answer = JSON.readTree(read());
      if (answer.has("id") && answer.get("id").asInt() == id) {
        if (answer.has("error")) {
          throw new AssertionError(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
      }
    }
    throw new AssertionError(method + " had no answer within " + TIMEOUT_SECONDS + " s");
  }

  /** Reads one message, up to its NUL. */
  private String read() throws IOException {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    int b;
    while ((b = answers.read()) > 0) {
      message.write(b);
    }
    if (b < 0) {
      throw new AssertionError("the browser closed its pipe: "
          + Files.readString(directory.resolve("stderr"), StandardCharsets.UTF_8));
    }
    return message.toString(StandardCharsets.UTF_8);
  }

  private static void sleep() {
    try {
      Thread.sleep(25);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      commands.close();
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      answers.close();
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          try {
            Files.deleteIfExists(path);
          } catch (IOException e) {
            // The browser may still be removing its own files as it exits.
          }
        }
      }
    }
  }
}
