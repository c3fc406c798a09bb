package io.kubesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output targets: every one is checked before anything runs, and kubesim changes nothing it was
 * not asked to write (no link replaced, no permissions changed, no foreign file removed).
 */
class OutputTargetsTest {
  @TempDir
  Path tmp;

  /** A scenario that would run for a long time: a refusal that comes quickly came first. */
  private static final String SLOW = """
      apiVersion: kubesim.io/v1
      kind: Scenario
      metadata: {name: NAME}
      spec:
        deployments: [{name: web, replicas: 2, template: {server: {serviceTime: 10ms}}}]
        services: [{name: web, selector: {app: web}}]
        clients: [{name: c, service: web, arrivals: {rate: 1000/s}}]
        experiment: {duration: 1d, bucket: 1h, replications: 1000}
      """;

  private static final String QUICK = SLOW.replace("rate: 1000/s", "rate: 10/s").replace(
      "experiment: {duration: 1d, bucket: 1h, replications: 1000}",
      "experiment: {duration: 20s, warmUp: 2s, replications: 1}");

  private Path scenario(String template, String name) throws IOException {
    Path p = tmp.resolve(name + "-" + template.length() + ".yaml");
    Files.writeString(p, template.replace("NAME", name));
    return p;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Runs the slow scenario against {@code args}; asserts exit 2 within seconds, no run. */
  private String refusedUpFront(String... args) {
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Cli.Result r = Cli.run(args);
      assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.out() + r.err());
      assertFalse(r.out().contains("replications ×"), "nothing ran: " + r.out());
      return r.err();
    });
  }

  @Test
  void write_targetCreatedMeanwhileByAnotherRun_isLeftAsItIs() throws IOException {
    Path target = tmp.resolve("out");
    IOException e = assertThrows(IOException.class, () -> OutputTargets.write(target, dir -> {
      Files.writeString(dir.resolve("results.json"), "mine");
      // another run with the same --out finishes first
      Files.createDirectories(target);
      Files.writeString(target.resolve("results.json"), "theirs");
    }));
    assertTrue(e.getMessage().contains("was created by another process"), e.getMessage());
    assertEquals("theirs", Files.readString(target.resolve("results.json")));
    assertEquals(List.of("out"), names(tmp));
  }

  @Test
  void write_failure_leavesNothing() throws IOException {
    Path target = tmp.resolve("out");
    assertThrows(IOException.class, () -> OutputTargets.write(target, dir -> {
      Files.writeString(dir.resolve("results.json"), "{}");
      throw new IOException("disk full");
    }));
    assertEquals(List.of(), names(tmp));
  }

  @Test
  void write_replacesAPreviousOutputKeepingItsPermissions() throws IOException {
    Path target = tmp.resolve("out");
    OutputTargets.write(target, dir -> Files.writeString(dir.resolve("results.json"), "1"));
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
    OutputTargets.write(target, dir -> Files.writeString(dir.resolve("report.html"), "2"));
    assertEquals(List.of("out"), names(tmp));
    assertEquals(List.of(OutputTargets.MARKER, "report.html"), names(target));
    assertEquals("rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void write_fillsAnEmptyDirectoryInPlace() throws IOException {
    Path target = Files.createDirectory(tmp.resolve("empty"));
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx--x---"));
    Object inode = Files.readAttributes(target, "unix:ino").get("ino");
    OutputTargets.write(target, dir -> Files.writeString(dir.resolve("results.json"), "1"));
    assertEquals(List.of(OutputTargets.MARKER, "results.json"), names(target));
    assertEquals(inode, Files.readAttributes(target, "unix:ino").get("ino"), "same directory");
    assertEquals("rwx--x---",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(List.of("empty"), names(tmp));
  }

  @Test
  void write_refusesADirectoryWithOtherFiles() throws IOException {
    Path target = Files.createDirectory(tmp.resolve("home"));
    Files.writeString(target.resolve("thesis.tex"), "precious");
    assertThrows(OutputTargets.UnusableTargetException.class,
        () -> OutputTargets.write(target, dir -> { }));
    assertEquals(List.of("thesis.tex"), names(target));
  }

  @Test
  void write_refusesAPreviousOutputWithAForeignFileAdded() throws IOException {
    Path target = tmp.resolve("out");
    OutputTargets.write(target, dir -> Files.writeString(dir.resolve("results.json"), "1"));
    Files.writeString(target.resolve("notes.txt"), "mine");
    var e = assertThrows(OutputTargets.UnusableTargetException.class,
        () -> OutputTargets.write(target, dir -> { }));
    assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    assertTrue(Files.exists(target.resolve("notes.txt")));
  }

  @Test
  void write_removesStaleTemporaryDirectoriesOfDeadProcessesOnly() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    long dead = p.pid();
    long alive = ProcessHandle.current().pid();
    Path stale = Files.createDirectory(tmp.resolve(".out.tmp-" + dead + "-123"));
    Files.writeString(stale.resolve(OutputTargets.MARKER), "");
    Files.writeString(stale.resolve("results.json"), "partial");
    Path staleOld = Files.createDirectory(tmp.resolve(".out.old-" + dead + "-9"));
    Files.writeString(staleOld.resolve(OutputTargets.MARKER), "");
    Path running = Files.createDirectory(tmp.resolve(".out.tmp-" + alive + "-456"));
    Files.writeString(running.resolve(OutputTargets.MARKER), "");
    Path unmarked = Files.createDirectory(tmp.resolve(".out.tmp-" + dead + "-789"));
    Path otherTarget = Files.createDirectory(tmp.resolve(".other.tmp-" + dead + "-1"));
    Files.writeString(otherTarget.resolve(OutputTargets.MARKER), "");

    OutputTargets.write(tmp.resolve("out"), dir -> { });

    assertFalse(Files.exists(stale), "a dead process's marked temporary directory goes");
    assertFalse(Files.exists(staleOld));
    assertTrue(Files.exists(running), "a running process's stays");
    assertTrue(Files.exists(unmarked), "one without the marker was not made by kubesim");
    assertTrue(Files.exists(otherTarget), "another target's is left to its own next run");
  }

  @Test
  void run_emptyOut_isRefused() throws IOException {
    String err = refusedUpFront("run", scenario(SLOW, "s").toString(), "--out", "");
    assertTrue(err.contains("--out: empty path"), err);
  }

  @Test
  void run_outIsAFile_isRefusedBeforeRunning() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "keep");
    String err = refusedUpFront("run", scenario(SLOW, "s").toString(), "--out", file.toString());
    assertTrue(err.contains("exists and is not a directory"), err);
    assertEquals("keep", Files.readString(file));
  }

  @Test
  void run_outUnderAFile_isRefusedBeforeRunning() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "keep");
    String err = refusedUpFront("run", scenario(SLOW, "s").toString(), "--out",
        file.resolve("sub/out").toString());
    assertTrue(err.contains("is not a directory"), err);
  }

  @Test
  void run_outIsASymlink_isRefusedAndTheLinkKept() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), dir);
    String err = refusedUpFront("run", scenario(SLOW, "s").toString(), "--out", link.toString());
    assertTrue(err.contains("symbolic link"), err);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(List.of(), names(dir));
  }

  @Test
  void run_outIsAReadOnlyDirectory_isRefusedAndItsPermissionsKept() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("ro"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    String err = refusedUpFront("run", scenario(SLOW, "s").toString(), "--out", dir.toString());
    assertTrue(err.contains("read-only"), err);
    assertEquals("r-xr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void run_outIsAForeignDirectory_isRefused() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("docs"));
    Files.writeString(dir.resolve("report.html"), "my own report");
    String err = refusedUpFront("run", scenario(SLOW, "s").toString(), "--out", dir.toString());
    assertTrue(err.contains("was not written by kubesim"), err);
    assertEquals("my own report", Files.readString(dir.resolve("report.html")));
  }

  @Test
  void run_twoFilesWithTheSameName_areRefusedBeforeEither() throws IOException {
    Path a = scenario(QUICK, "same");
    Path b = Files.copy(a, tmp.resolve("b.yaml"));
    Path out = tmp.resolve("both");
    String err = refusedUpFront("run", a.toString(), b.toString(), "--out", out.toString());
    assertTrue(err.contains("two scenarios would both be written here"), err);
    assertFalse(Files.exists(out));
  }

  @Test
  void run_severalFilesOneTargetUnusable_writesNone() throws IOException {
    Path out = Files.createDirectory(tmp.resolve("many"));
    Files.createDirectory(out.resolve("second"));
    Files.writeString(out.resolve("second/keep.txt"), "keep");
    String err = refusedUpFront("run", scenario(QUICK, "first").toString(),
        scenario(SLOW, "second").toString(), "--out", out.toString());
    assertTrue(err.contains("second"), err);
    assertEquals(List.of("second"), names(out), "the first scenario was not written either");
  }

  @Test
  void run_emptyDirectoryThenAgain_fillsThenReplacesIt() throws IOException {
    Path out = Files.createDirectory(tmp.resolve("fresh"));
    Path file = scenario(QUICK, "q");
    for (int i = 0; i < 2; i++) {
      Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString(), "--format", "json");
      assertEquals(ExitCodes.OK, r.exit(), r.err());
    }
    assertEquals(List.of(OutputTargets.MARKER, "results.json"), names(out));
    assertEquals(List.of("fresh", file.getFileName().toString()), names(tmp));
  }

  @Test
  void run_afterItsWriterWasKilled_removesTheLeftTemporaryDirectory() throws Exception {
    Process writer = new ProcessBuilder("sleep", "600").start();
    Path left = Files.createDirectory(tmp.resolve(".out.tmp-" + writer.pid() + "-42"));
    Files.writeString(left.resolve(OutputTargets.MARKER), "");
    Files.writeString(left.resolve("results.json"), "{\"partial");
    Path file = scenario(QUICK, "q");
    String[] run = {"run", file.toString(), "--out", tmp.resolve("out").toString(), "--format",
        "json"};
    try {
      assertEquals(ExitCodes.OK, Cli.run(run).exit());
      assertTrue(Files.exists(left), "its writer still runs");
    } finally {
      writer.destroyForcibly().waitFor();
    }
    assertEquals(ExitCodes.OK, Cli.run(run).exit());
    assertFalse(Files.exists(left), "its writer was killed (SIGKILL): the next run removes it");
    assertEquals(List.of("out", file.getFileName().toString()), names(tmp));
  }

  @Test
  void sweep_outIsAFile_isRefusedBeforeRunning() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "keep");
    String err = refusedUpFront("sweep", scenario(SLOW, "s").toString(), "--param",
        "spec.deployments[web].replicas", "--values", "1,2", "--out", file.toString());
    assertTrue(err.contains("exists and is not a directory"), err);
  }

  @Test
  void report_intoAForeignDirectoryWithAReport_isRefused() throws IOException {
    Path run = tmp.resolve("run");
    Cli.Result r = Cli.run("run", scenario(QUICK, "q").toString(), "--out", run.toString(),
        "--format", "json");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    Path foreign = Files.createDirectory(tmp.resolve("site"));
    Files.writeString(foreign.resolve("report.html"), "mine");
    String results = run.resolve("results.json").toString();

    Cli.Result refused = Cli.run("report", results, "--out", foreign.toString());
    assertEquals(ExitCodes.BAD_INPUT, refused.exit(), refused.err());
    assertEquals("mine", Files.readString(foreign.resolve("report.html")));

    Path link = Files.createSymbolicLink(tmp.resolve("link"), foreign);
    assertEquals(ExitCodes.BAD_INPUT, Cli.run("report", results, "--out", link.toString()).exit());

    Cli.Result again = Cli.run("report", results);
    assertEquals(ExitCodes.OK, again.exit(), "its own output directory: " + again.err());
    assertTrue(Files.isRegularFile(run.resolve("report.html"), LinkOption.NOFOLLOW_LINKS));

    Files.delete(run.resolve(OutputTargets.MARKER));
    Cli.Result legacy = Cli.run("report", results);
    assertEquals(ExitCodes.OK, legacy.exit(), "an output without the marker: " + legacy.err());
  }
}
