package io.github.loci.core.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private static final Query A = new TermQuery(new Term("f", "a"));
  private static final Query B = new TermQuery(new Term("f", "b"));

  @Test
  void compiledLabelsComeFirstThenTheRequestsOwnWithoutRepeats() {
    Labels labels = new Labels();
    labels.include(Map.of(A, new LinkedHashSet<>(List.of("invest", "funding"))));
    labels.include(Map.of(A, Set.of("capital-investment")));
    labels.add(A, List.of("funding", "money"));
    labels.add(B, List.of("cloud"));
    assertEquals(List.of("invest", "funding", "capital-investment", "money"), labels.of(A));
    assertEquals(List.of("cloud"), labels.of(B));
    assertEquals(List.of(), labels.of(new TermQuery(new Term("f", "c"))));
  }

  @Test
  void equalLeavesShareTheirLabels() {
    Labels labels = new Labels();
    labels.add(new TermQuery(new Term("f", "a")), List.of("x"));
    assertEquals(List.of("x"), labels.of(A));
  }
}
