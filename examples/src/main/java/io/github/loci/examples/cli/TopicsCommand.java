package io.github.loci.examples.cli;

import io.github.loci.core.amount.AmountKind;
import io.github.loci.core.lexicon.Lexicon;
import io.github.loci.core.search.Topic;
import io.github.loci.core.search.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code loci topics}: list the topics and their terms. */
@Command(
    mixinStandardHelpOptions = true,
    name = "topics",
    description =
        "List the topics (built-in and --topics FILE) with their concepts, weights and terms per"
            + " language.")
final class TopicsCommand implements Callable<Integer> {
  @ParentCommand LociCli root;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = root.spec.commandLine().getOut();
    Lexicon lexicon = root.lexicon();
    Topics topics = root.topics();
    topics.check(lexicon);
    for (Topic topic : topics.all()) {
      StringBuilder head = new StringBuilder(topic.id() + "  " + topic.label());
      if (!topic.concepts().isEmpty()) {
        head.append("  concepts: ")
            .append(
                topic.concepts().entrySet().stream()
                    .map(c -> c.getValue() == 1f ? c.getKey() : c.getKey() + "^" + c.getValue())
                    .collect(Collectors.joining(", ")));
      }
      if (!topic.prefers().isEmpty()) {
        head.append("  prefers: ")
            .append(
                topic.prefers().stream()
                    .map(AmountKind::label)
                    .sorted()
                    .collect(Collectors.joining(", ")));
      }
      out.println(head);
      for (Map.Entry<String, List<Topic.Term>> terms : topic.resolve(lexicon).entrySet()) {
        out.println(
            "  "
                + terms.getKey()
                + ": "
                + terms.getValue().stream()
                    .map(Topic.Term::toString)
                    .collect(Collectors.joining(" | ")));
      }
    }
    return 0;
  }
}
