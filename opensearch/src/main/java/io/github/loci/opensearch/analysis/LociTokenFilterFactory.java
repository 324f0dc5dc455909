package io.github.loci.opensearch.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * One of Loci's token filters in an OpenSearch index, made by its Lucene factory from the filter's
 * settings. A setting the factory does not know, or a bad value, fails the index's creation with
 * the filter's name and the factory's message.
 */
final class LociTokenFilterFactory extends AbstractTokenFilterFactory {
  private final org.apache.lucene.analysis.TokenFilterFactory lucene;

  LociTokenFilterFactory(
      IndexSettings indexSettings,
      String name,
      Settings settings,
      Function<Map<String, String>, org.apache.lucene.analysis.TokenFilterFactory> factory) {
    super(indexSettings, name, settings);
    Map<String, String> args = new HashMap<>();
    for (String key : settings.keySet()) {
      // OpenSearch adds its own keys (type, index.version.created): the factory never sees them.
      if (!key.equals("type") && !key.startsWith("index.")) {
        args.put(camelCase(key), settings.get(key));
      }
    }
    try {
      this.lucene = factory.apply(args);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("token filter [" + name + "]: " + e.getMessage(), e);
    }
  }

  /** {@code decimal_separator} to {@code decimalSeparator}. */
  static String camelCase(String key) {
    StringBuilder out = new StringBuilder(key.length());
    boolean upper = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return lucene.create(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return lucene.normalize(input);
  }
}
