package io.github.loci.core.search.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * Per leaf query of a plan (a term or phrase query on one field), the concepts or topics it stands
 * for: those of the compiled topics the plan includes, shared and never copied, then those the
 * plan's own clauses added. Citations name them.
 */
public final class Labels {
  private final List<Map<Query, Set<String>>> compiled = new ArrayList<>();
  private final Map<Query, Set<String>> own = new HashMap<>();

  /** Creates empty labels. */
  Labels() {}

  /**
   * Adds the labels of a compiled expansion, without copying them.
   *
   * @param labels the compiled labels, never changed afterwards
   */
  void include(Map<Query, Set<String>> labels) {
    compiled.add(labels);
  }

  /**
   * Labels a leaf query.
   *
   * @param leaf the leaf
   * @param names the concepts (or topic labels) it stands for
   */
  void add(Query leaf, Collection<String> names) {
    own.computeIfAbsent(leaf, k -> new LinkedHashSet<>()).addAll(names);
  }

  /**
   * The concepts a leaf query stands for, in the order they were added.
   *
   * @param leaf the leaf, as Lucene's Matches API reports it
   * @return the concepts, empty for none
   */
  public List<String> of(Query leaf) {
    Set<String> found = null;
    Set<String> only = null;
    int sources = 0;
    for (Map<Query, Set<String>> map : compiled) {
      Set<String> names = map.get(leaf);
      if (names != null) {
        sources++;
        only = names;
      }
    }
    Set<String> mine = own.get(leaf);
    if (mine != null) {
      sources++;
      only = mine;
    }
    if (sources == 0) {
      return List.of();
    }
    if (sources == 1) {
      return List.copyOf(only);
    }
    found = new LinkedHashSet<>();
    for (Map<Query, Set<String>> map : compiled) {
      found.addAll(map.getOrDefault(leaf, Set.of()));
    }
    if (mine != null) {
      found.addAll(mine);
    }
    return List.copyOf(found);
  }
}
