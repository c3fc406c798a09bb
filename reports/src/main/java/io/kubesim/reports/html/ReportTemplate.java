package io.kubesim.reports.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The report's Mustache template ({@code report.mustache} with the {@code figure} partial). Every
 * {@code {{value}}} is HTML-escaped by Mustache; the template has no triple-mustache (unescaped)
 * tags, so no string from a scenario file reaches the page as markup.
 */
public final class ReportTemplate {

  private static final MustacheFactory FACTORY =
      new DefaultMustacheFactory("io/kubesim/reports/html");

  private ReportTemplate() {}

  /** Renders the view to a complete HTML document. */
  public static String render(ReportView view) {
    Mustache template = FACTORY.compile("report.mustache");
    StringWriter out = new StringWriter(1 << 20);
    try {
      template.execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException("rendering the report template failed", e);
    }
    return out.toString();
  }
}
