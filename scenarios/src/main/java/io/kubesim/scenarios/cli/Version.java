package io.kubesim.scenarios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The kubesim version, from the build (written into results and shown by {@code --version}). */
public final class Version implements IVersionProvider {

  /** The version, e.g. {@code 0.1.0}. */
  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/io/kubesim/scenarios/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"kubesim " + current(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
  }
}
