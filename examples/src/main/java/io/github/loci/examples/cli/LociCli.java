package io.github.loci.examples.cli;

import io.github.loci.core.Loci;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.Topics;
import io.github.loci.opensearch.client.LociOpenSearch;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code loci} command: {@code demo}, {@code index}, {@code search}, {@code sources}, {@code
 * topics}, {@code eval}, {@code bench}. Exit codes ({@link ExitCodes}): 0 success, 1 failure, 2
 * usage error; {@code index} also 3 (some inputs skipped) and 4 (nothing indexed). Errors are one
 * line on stderr; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "loci",
    mixinStandardHelpOptions = true,
    versionProvider = LociCli.Version.class,
    description = "Find ranked, cited evidence passages in multilingual sources.",
    footer = {
      "",
      "The heap: ./loci --max-heap SIZE (e.g. 2g, anywhere among the arguments) or"
          + " LOCI_OPTS=-XmxSIZE."
    })
public final class LociCli implements Runnable {
  /**
   * The commands, by name, in the order the usage lists them. They are added when the command line
   * runs ({@link #commandLine}), not declared in {@code @Command}: picocli reflects on each command
   * it is given, and a run that names its command first gets only that one.
   */
  static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("demo", DemoCommand.class);
    commands.put("index", IndexCommand.class);
    commands.put("search", SearchCommand.class);
    commands.put("sources", SourcesCommand.class);
    commands.put("topics", TopicsCommand.class);
    commands.put("lexicon", LexiconCommand.class);
    commands.put("eval", EvalCommand.class);
    commands.put("bench", BenchCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  // Lucene reports at INFO which vector implementation it chose: not news for a CLI user. The
  // logger is held so that its level is not lost to garbage collection.
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  // Nor its warning that the vector API is off without C2: ./loci runs short commands on C1 alone
  // (a faster start), by choice.
  private static final Logger VECTOR_LOG =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  boolean verbose;

  @Option(
      names = "--topics",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "A JSON topics file that extends (or overrides by id) the built-in topics.")
  Path topicsFile;

  @Option(
      names = "--lexicon",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description =
          "A lexicon file (TSV, the format of the built-in lexicon.tsv) that extends the built-in"
              + " lexicon or overrides its concepts by id.")
  Path lexiconFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given output streams, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0 success, 1 failure, 2 usage error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    LociCli root = new LociCli();
    try {
      return run(root, args, out, err);
    } catch (OutOfMemoryError e) {
      // Not an exception, so past picocli's handler (or before it, as picocli builds its model):
      // one line, as for any other failure.
      err.println("loci: error: " + outOfMemory());
      if (root.verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.FAILURE;
    }
  }

  private static int run(LociCli root, String[] args, PrintWriter out, PrintWriter err) {
    LUCENE_LOG.setLevel(Level.WARNING);
    VECTOR_LOG.setLevel(Level.SEVERE);
    CommandLine cli = commandLine(root, args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // A usage error is one line too, with where to read more; not the whole usage text.
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine command = e.getCommandLine();
          command
              .getErr()
              .println(
                  "loci: error: "
                      // A value typed echoed back may hold an escape sequence ($'\e[31m').
                      + TerminalText.line(
                          withoutPrefix(e.getMessage().lines().findFirst().orElse("")))
                      + suggestion(e)
                      + " (see: "
                      + command.getCommandSpec().qualifiedName()
                      + " --help)");
          command.getErr().flush();
          return CommandLine.ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          String message = describe(e);
          commandLine
              .getErr()
              .println("loci: error: " + TerminalText.line(message.lines().findFirst().orElse("")));
          if (root.verbose) {
            e.printStackTrace(commandLine.getErr());
          }
          commandLine.getErr().flush();
          return e instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FAILURE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * What to say when the heap ran out: how large it is and how to raise it.
   *
   * @return the message
   */
  static String outOfMemory() {
    return "out of memory (the heap is "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB): raise it with ./loci --max-heap SIZE or LOCI_OPTS=-XmxSIZE";
  }

  /**
   * The command line for some arguments: when the first one names a command, with that command
   * alone (a search need not have picocli reflect on eight other commands and their options, some
   * 80 ms of a cold start); otherwise with every command, for usage, help, suggestions and errors.
   *
   * @param root the root command
   * @param args the arguments
   * @return the command line
   */
  static CommandLine commandLine(LociCli root, String[] args) {
    CommandLine cli = new CommandLine(root);
    Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (named != null && named != CommandLine.HelpCommand.class) {
      cli.addSubcommand(args[0], named);
    } else {
      COMMANDS.forEach(cli::addSubcommand);
    }
    cli.registerConverter(Path.class, LociCli::path); // for the commands added above
    return cli;
  }

  /**
   * Checks {@code --index-name} as OpenSearch would, before anything connects.
   *
   * @param cli the command, for the usage error
   * @param name the name given
   * @throws CommandLine.ParameterException naming the rule the name breaks
   */
  static void checkIndexName(CommandLine cli, String name) {
    try {
      LociOpenSearch.checkIndexName(name);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--index-name: " + e.getMessage());
    }
  }

  /**
   * A path given on the command line; an empty one is refused, since it is what a script's unset
   * variable gives ({@code --index "$IDX"}), and it would name the current folder.
   */
  static Path path(String value) {
    if (value.isEmpty()) {
      throw new CommandLine.TypeConversionException("an empty path (a variable not set?)");
    }
    return Path.of(value);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** A message without the "Error: " some of picocli's own begin with (after "loci: error: "). */
  private static String withoutPrefix(String message) {
    return message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
  }

  /** " Did you mean: search?" for a mistyped command or option, or nothing. */
  private static String suggestion(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        return ". Did you mean: " + String.join(" or ", suggestions) + "?";
      }
    }
    return "";
  }

  /** A message that says what went wrong, also for file-system errors that only name a path. */
  static String describe(Throwable e) {
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return "access denied: " + denied.getFile();
    }
    if (e instanceof org.apache.lucene.index.CorruptIndexException
        || e instanceof org.apache.lucene.index.IndexFormatTooOldException
        || e instanceof org.apache.lucene.index.IndexFormatTooNewException) {
      return "the index is damaged ("
          + e.getMessage().lines().findFirst().orElse("")
          + "); rebuild it: delete its folder and index the sources again with `loci index`";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
      return fs.getFile()
          + ": "
          + (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason());
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** The topics: built-in, extended by {@code --topics}. */
  Topics topics() throws IOException {
    if (topicsFile == null) {
      return Topics.builtIn();
    }
    Topics topics = Topics.builtIn().with(Topics.load(topicsFile));
    try {
      topics.check(lexicon());
    } catch (IllegalArgumentException e) {
      throw new IOException(
          topicsFile
              + ": "
              + e.getMessage()
              + (lexiconFile == null
                  ? " (add it with --lexicon FILE)"
                  : " (nor " + lexiconFile + ")"),
          e);
    }
    return topics;
  }

  /** The lexicon read for {@link #lexiconRead} (the topics check and the command both need it). */
  private Lexicon lexicon;

  private Path lexiconRead;

  /** The {@code --lexicon} file's concepts alone, read for {@link #extensionRead}. */
  private Lexicon extension;

  private Path extensionRead;

  /** The lexicon: built-in, extended by {@code --lexicon}; the file is read once per run. */
  Lexicon lexicon() throws IOException {
    if (lexicon == null || !java.util.Objects.equals(lexiconRead, lexiconFile)) {
      lexicon = lexiconFile == null ? Lexicon.builtIn() : Lexicon.builtIn().with(extension());
      lexiconRead = lexiconFile;
    }
    return lexicon;
  }

  /**
   * The {@code --lexicon} file's concepts alone, empty without it; read once per run ({@code
   * lexicon check} notes which of them replace built-in ones).
   */
  Lexicon extension() throws IOException {
    if (lexiconFile == null) {
      return Lexicon.empty();
    }
    if (extension == null || !lexiconFile.equals(extensionRead)) {
      extension = Lexicon.load(lexiconFile);
      extensionRead = lexiconFile;
    }
    return extension;
  }

  /** Opens an index folder for searching or writing, with this command line's topics. */
  Loci open(Path index, boolean readOnly) throws IOException {
    return builder(index, readOnly).build();
  }

  /** A builder for an index folder, with this command line's lexicon and topics. */
  Loci.Builder builder(Path index, boolean readOnly) throws IOException {
    return Loci.builder().directory(index).readOnly(readOnly).lexicon(lexicon()).topics(topics());
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in =
          LociCli.class.getResourceAsStream("/io/github/loci/examples/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "loci " + properties.getProperty("version", "unknown"),
        "Lucene " + org.apache.lucene.util.Version.LATEST + ", Java " + Runtime.version()
      };
    }
  }
}
