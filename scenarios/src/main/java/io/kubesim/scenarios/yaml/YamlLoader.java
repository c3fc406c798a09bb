package io.kubesim.scenarios.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLSchema;

/**
 * Reads one YAML 1.2 document into a located {@link Node} tree with Jackson's streaming YAML
 * parser, under {@link InputLimits}.
 *
 * <p>Design notes. Jackson's data binding does not keep positions, so the tree is built from the
 * token stream, keeping each token's line and column. Aliases are resolved here rather than by
 * replaying tokens: an alias shares the anchored subtree, and the running count of values with
 * every alias expanded is bounded by {@link InputLimits#maxNodes()}, which makes a "billion
 * laughs" document fail after a few hundred tokens instead of exhausting memory. Nesting depth,
 * string and document length are also enforced by Jackson's {@link StreamReadConstraints}.
 */
public final class YamlLoader {
  private final InputLimits limits;
  private final YAMLMapper mapper;

  /** A loader with the given limits. */
  public YamlLoader(InputLimits limits) {
    this.limits = limits;
    LoadSettings settings = LoadSettings.builder()
        .setMaxAliasesForCollections(limits.maxAliases())
        .setAllowDuplicateKeys(false)
        .setAllowRecursiveKeys(false)
        .setCodePointLimit(limits.maxBytes())
        .build();
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth())
        .maxDocumentLength(limits.maxBytes())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(64)
        .maxTokenCount(4 * limits.maxNodes())
        .build();
    YAMLFactory factory = YAMLFactory.builder()
        .loadSettings(settings)
        .streamReadConstraints(constraints)
        .yamlSchema(YAMLSchema.CORE)
        .build();
    this.mapper = new YAMLMapper(factory);
  }

  /** A loader with {@link InputLimits#defaults()}. */
  public static YamlLoader withDefaultLimits() {
    return new YamlLoader(InputLimits.defaults());
  }

  /** The limits in force. */
  public InputLimits limits() {
    return limits;
  }

  /** Reads the file's text, refusing missing, oversized or non-UTF-8 files. */
  public String readText(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new ScenarioException(Location.builtIn(name), "",
            "file is " + size + " bytes; scenario files are limited to " + limits.maxBytes()
                + " bytes");
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw new ScenarioException(Location.builtIn(name), "", "no such file");
    } catch (CharacterCodingException e) {
      throw new ScenarioException(Location.builtIn(name), "", "file is not valid UTF-8 text");
    } catch (IOException e) {
      throw new ScenarioException(Location.builtIn(name), "", "cannot read file: " + e);
    }
  }

  /** Parses {@code text}, naming {@code source} in locations. The document must not be empty. */
  public Node load(String source, String text) {
    if (text.length() > limits.maxBytes()) {
      throw new ScenarioException(Location.builtIn(source), "",
          "input is " + text.length() + " characters; the limit is " + limits.maxBytes());
    }
    checkPrintable(source, text);
    try (JsonParser parser = mapper.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ScenarioException(new Location(source, 1, 1), "", "the document is empty");
      }
      Builder builder = new Builder(source, text, parser);
      Node root;
      try {
        root = builder.value(0);
      } catch (JacksonException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() <= 0) {
          throw new ScenarioException(builder.lastLocation, "",
              "malformed YAML: " + oneLine(e.getOriginalMessage()));
        }
        throw e;
      }
      if (parser.nextToken() != null) {
        throw new ScenarioException(location(source, parser), "",
            "only one YAML document is allowed per file");
      }
      return root;
    } catch (JacksonException e) {
      throw malformed(source, e);
    }
  }

  /**
   * Refuses a character YAML 1.2 does not allow in a document (a NUL byte, other C0 controls
   * but tab, line feed and carriage return, DEL, C1 controls but NEL, surrogates, U+FFFE/U+FFFF)
   * at its own line and column; the YAML parser would report it at 1:1.
   */
  static void checkPrintable(String source, String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isPrintable(c)) {
        throw new ScenarioException(new Location(source, line, column), "",
            String.format("character U+%04X (%s) is not allowed in a YAML document", c,
                c == 0 ? "NUL" : "a control character"));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
  }

  private static boolean isPrintable(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static ScenarioException malformed(String source, JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
        Mark mark = m.getProblemMark().get();
        String context = m.getContext() == null ? "" : m.getContext() + ": ";
        return new ScenarioException(
            new Location(source, mark.getLine() + 1, mark.getColumn() + 1), "",
            "malformed YAML: " + oneLine(context + m.getProblem()));
      }
    }
    return new ScenarioException(location(source, e.getLocation()), "",
        "malformed YAML: " + oneLine(e.getOriginalMessage()));
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    String m = message.strip().replaceAll("\\s*\\n\\s*", "; ");
    return m.length() > 300 ? m.substring(0, 297) + "..." : m;
  }

  static Location location(String source, JsonParser p) {
    return location(source, p.currentTokenLocation());
  }

  static Location location(String source, TokenStreamLocation l) {
    if (l == null || l.getLineNr() <= 0) {
      return Location.builtIn(source);
    }
    return new Location(source, l.getLineNr(), l.getColumnNr());
  }

  /** Builds the tree from the token stream of one document. */
  private final class Builder {
    private final String source;
    private final String text;
    private int[] lineStarts;
    private final JsonParser parser;
    private final Map<String, Node> anchors = new HashMap<>();
    private int aliases;
    private long nodes;
    private Location lastLocation;

    Builder(String source, String text, JsonParser parser) {
      this.source = source;
      this.text = text;
      this.parser = parser;
      this.lastLocation = new Location(source, 1, 1);
    }

    /** Reads the value whose first token is current. */
    Node value(int depth) {
      here();
      if (depth > limits.maxDepth()) {
        throw new ScenarioException(here(), "",
            "nesting deeper than " + limits.maxDepth() + " levels");
      }
      String anchor = anchor();
      Node node = switch (parser.currentToken()) {
        case START_OBJECT -> map(depth);
        case START_ARRAY -> list(depth);
        default -> scalarOrAlias();
      };
      if (anchor == null && node instanceof ScalarNode && !isAlias()) {
        anchor = scalarAnchor(node.location());
      }
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      return node;
    }

    private String anchor() {
      Object id = parser.getObjectId();
      return id == null ? null : id.toString();
    }

    private MapNode map(int depth) {
      Location at = here();
      count(1);
      Map<String, Node> values = new LinkedHashMap<>();
      Map<String, Location> keys = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        Location keyAt = here();
        if (values.containsKey(key)) {
          throw new ScenarioException(keyAt, "",
              "duplicate key '" + key + "' (first written at line " + keys.get(key).line() + ")");
        }
        parser.nextToken();
        values.put(key, value(depth + 1));
        keys.put(key, keyAt);
      }
      return new MapNode(at, values, keys);
    }

    private ListNode list(int depth) {
      Location at = here();
      count(1);
      List<Node> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(depth + 1));
      }
      return ListNode.of(at, items);
    }

    private boolean isAlias() {
      return parser instanceof YAMLParser y && y.isCurrentAlias();
    }

    /**
     * The anchor of the scalar written at {@code at}, if any. Jackson's YAML parser reports the
     * anchors of maps and lists but drops those of scalars ({@code timeout: &t 3s}), so they are
     * read here from the node's properties ({@code &anchor} and {@code !tag}, in either order),
     * where the parser places the scalar's location.
     */
    private String scalarAnchor(Location at) {
      int i = offset(at);
      for (int property = 0; property < 2 && i >= 0 && i < text.length(); property++) {
        char c = text.charAt(i);
        if (c != '&' && c != '!') {
          return null;
        }
        int end = i + 1;
        while (end < text.length() && !isPropertyEnd(text.charAt(end))) {
          end++;
        }
        if (c == '&') {
          return text.substring(i + 1, end);
        }
        i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'
            || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
          i++;
        }
      }
      return null;
    }

    private static boolean isPropertyEnd(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '['
          || c == ']' || c == '{' || c == '}';
    }

    /** The char offset of a line and column (columns count code points, as the parser does). */
    private int offset(Location at) {
      if (at.line() <= 0) {
        return -1;
      }
      if (lineStarts == null) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
          if (text.charAt(i) == '\n') {
            starts.add(i + 1);
          }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
      }
      if (at.line() > lineStarts.length) {
        return -1;
      }
      int i = lineStarts[at.line() - 1];
      for (int col = 1; col < at.column() && i < text.length(); col++) {
        i += Character.charCount(text.codePointAt(i));
      }
      return i;
    }

    private Node scalarOrAlias() {
      Location at = here();
      if (isAlias()) {
        return alias(at, parser.getString());
      }
      count(1);
      JsonToken t = parser.currentToken();
      ScalarNode.Kind kind = switch (t) {
        case VALUE_NUMBER_INT -> ScalarNode.Kind.INTEGER;
        case VALUE_NUMBER_FLOAT -> ScalarNode.Kind.FLOAT;
        case VALUE_TRUE, VALUE_FALSE -> ScalarNode.Kind.BOOLEAN;
        case VALUE_NULL -> ScalarNode.Kind.NULL;
        default -> ScalarNode.Kind.STRING;
      };
      String text = kind == ScalarNode.Kind.NULL ? null : parser.getString();
      return new ScalarNode(at, text, kind);
    }

    private Node alias(Location at, String name) {
      if (++aliases > limits.maxAliases()) {
        throw new ScenarioException(at, "",
            "more than " + limits.maxAliases() + " YAML aliases; refusing the document");
      }
      Node target = anchors.get(name);
      if (target == null) {
        throw new ScenarioException(at, "", "alias *" + name + " refers to no anchor &" + name);
      }
      count(target.expandedSize());
      return target;
    }

    private void count(long n) {
      nodes += n;
      if (nodes > limits.maxNodes()) {
        throw new ScenarioException(here(), "",
            "the document expands to more than " + limits.maxNodes()
                + " values (an alias bomb?); refusing it");
      }
    }

    private Location here() {
      lastLocation = location(source, parser);
      return lastLocation;
    }
  }
}
