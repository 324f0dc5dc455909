package io.github.loci.opensearch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.hc.core5.http.HttpHost;
import org.junit.After;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A cluster of three data nodes started in the test JVM with the Loci plugin and real HTTP (Netty),
 * and the official Java client on it. OpenSearch refuses to run as root: run these tests as an
 * unprivileged user (see {@code .ci/opensearch-tests}).
 */
@OpenSearchIntegTestCase.ClusterScope(
    scope = OpenSearchIntegTestCase.Scope.SUITE,
    numDataNodes = 3,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public abstract class LociClusterTestCase extends OpenSearchIntegTestCase {
  private OpenSearchTransport transport;

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(LociPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  /** Transports made by {@link #clientOn}, closed after each test. */
  private final List<OpenSearchTransport> others = new ArrayList<>();

  /**
   * The official client on the nodes' HTTP addresses, made on first use.
   *
   * @return the client
   */
  protected OpenSearchClient javaClient() {
    if (transport == null) {
      transport = transport(cluster().httpAddresses());
    }
    return new OpenSearchClient(transport);
  }

  /**
   * The first node's HTTP address as a URL, as a user gives it to {@code RemoteLoci.connect}.
   *
   * @return {@code http://host:port}
   */
  protected String httpUrl() {
    InetSocketAddress first = cluster().httpAddresses()[0];
    return "http://" + first.getHostString() + ":" + first.getPort();
  }

  /**
   * Sends a request with a JSON body on the official client and gives its HTTP status.
   *
   * @param method the method
   * @param endpoint the path
   * @param json the body
   * @return the status
   */
  protected int send(String method, String endpoint, String json) throws IOException {
    try (var response =
        javaClient()
            .generic()
            .execute(
                org.opensearch.client.opensearch.generic.Requests.builder()
                    .method(method)
                    .endpoint(endpoint)
                    .json(json)
                    .build())) {
      return response.getStatus();
    }
  }

  /**
   * The official client on some nodes' HTTP addresses only (to keep requests off a node a test
   * stops); closed after the test.
   *
   * @param addresses the nodes' HTTP addresses
   * @return the client
   */
  protected OpenSearchClient clientOn(InetSocketAddress... addresses) {
    OpenSearchTransport t = transport(addresses);
    others.add(t);
    return new OpenSearchClient(t);
  }

  private static OpenSearchTransport transport(InetSocketAddress... addresses) {
    HttpHost[] hosts =
        Arrays.stream(addresses)
            .map(a -> new HttpHost("http", a.getHostString(), a.getPort()))
            .toArray(HttpHost[]::new);
    return ApacheHttpClient5TransportBuilder.builder(hosts)
        .setMapper(new JacksonJsonpMapper())
        .build();
  }

  /** Closes the client's transport. */
  @After
  public void closeTransport() throws IOException {
    if (transport != null) {
      transport.close();
      transport = null;
    }
    for (OpenSearchTransport t : others) {
      t.close();
    }
    others.clear();
  }
}
