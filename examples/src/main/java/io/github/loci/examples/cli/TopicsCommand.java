package io.github.loci.examples.cli;

import io.github.loci.core.search.Topic;
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
    description = "List the topics (built-in and --topics FILE) with their terms.")
final class TopicsCommand implements Callable<Integer> {
  @ParentCommand LociCli root;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = root.spec.commandLine().getOut();
    for (Topic topic : root.topics().all()) {
      out.println(topic.id() + "  " + topic.label());
      for (Map.Entry<String, List<Topic.Term>> terms : topic.terms().entrySet()) {
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
