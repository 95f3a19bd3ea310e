package newsdex.opensearch;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.geo.GeoModulePlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.ingest.common.IngestCommonPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One real OpenSearch 2.19.x node in this JVM, for newsdex's tests. run.sh starts it; see README.md.
 *
 * <p>A distribution starts {@code org.opensearch.bootstrap.OpenSearch}, which loads the modules/
 * folder (each module a plugin with its own class loader), installs a security manager and runs the
 * bootstrap checks. None of that is needed on loopback: here the modules we want are plain jars on
 * the classpath, and {@link Node}'s protected constructor takes them as "classpath plugins" (the way
 * OpenSearch's own integration tests start nodes). Subclassing is all it takes to reach it.
 * Consequences: no jar-hell check, no security manager (painless still runs its own whitelist
 * sandbox), no bootstrap checks (they only apply to non-loopback binds anyway).
 *
 * <p>System properties (run.sh sets them all):
 * <ul>
 *   <li>{@code newsdex.os.home}: node home, REQUIRED. Holds config/, data/ (the indices: kept across
 *       restarts), logs/ (with http.ports once bound), tmp/ and node.pid.</li>
 *   <li>{@code newsdex.os.http.port}: a port, or 0 for any free one (default 9200).</li>
 *   <li>{@code newsdex.os.cluster.name}: default newsdex-test.</li>
 *   <li>{@code newsdex.os.setting.KEY=VALUE}: any other node setting, passed through verbatim.</li>
 * </ul>
 */
public final class TestNode extends Node {

    /**
     * The distribution modules that newsdex uses. Referenced as classes, so a module jar missing from
     * pom.xml is a compile error; a missing dependency OF a module only shows at start, as a
     * NoClassDefFoundError in node.log (what reindex did without opensearch-ssl-config).
     * Class names as found in the 2.19.6 jars (other versions may name them differently).
     */
    static final List<Class<? extends Plugin>> MODULES = List.of(
        Netty4Plugin.class,          // module transport-netty4: the HTTP server (and node transport)
        CommonAnalysisPlugin.class,  // module analysis-common: `english` and the other language analyzers, stemmers
        PainlessPlugin.class,        // module lang-painless: scripts (script_score, scripted updates, script_fields)
        ReindexPlugin.class,         // module reindex: _delete_by_query, _update_by_query, _reindex
        IngestCommonPlugin.class,    // module ingest-common: pipeline processors (set, rename, date, grok, script, ...)
        GeoModulePlugin.class        // module geo: the geo_shape field type (geo_point is core)
    );

    /** Console only: run.sh sends stdout to <home>/node.log. Deprecation warnings also reach the client as headers. */
    private static final String LOG4J2_PROPERTIES = String.join("\n",
        "status = error",
        "appender.console.type = Console",
        "appender.console.name = console",
        "appender.console.layout.type = PatternLayout",
        "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n",
        "rootLogger.level = info",
        "rootLogger.appenderRef.console.ref = console",
        "logger.deprecation.name = org.opensearch.deprecation",
        "logger.deprecation.level = error",
        "");

    /** halt, not exit: a shutdown hook would wait on a node that never ran; run.sh shows the log. */
    private static void failed(String what, Throwable t) {
        System.err.println("[newsdex] " + what + ": " + t);
        t.printStackTrace();
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

    private TestNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        // forbidPrivateIndexSettings=true: reject index.* settings that only OpenSearch itself may set, as a real node does
        super(environment, plugins, true);
    }

    public static void main(String[] args) throws Exception {
        final long t0 = System.nanoTime();
        final String homeProp = System.getProperty("newsdex.os.home");
        if (homeProp == null || homeProp.isEmpty()) {
            System.err.println("usage: java -Dnewsdex.os.home=DIR [-Dnewsdex.os.http.port=9200] "
                + "[-Dnewsdex.os.setting.KEY=VALUE ...] newsdex.opensearch.TestNode");
            System.exit(2);
        }
        final Path home = Paths.get(homeProp).toAbsolutePath();
        for (String dir : new String[] {"config", "data", "logs", "plugins", "tmp"}) {
            Files.createDirectories(home.resolve(dir));
        }
        // written every start: LogConfigurator.configure() below reads config/log4j2*.properties
        Files.writeString(home.resolve("config").resolve("log4j2.properties"), LOG4J2_PROPERTIES, StandardCharsets.UTF_8);
        // run.sh stops the node by this pid (first thing, so a stop during startup finds it too)
        Files.writeString(home.resolve("node.pid"), ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        // a stale ports file would make run.sh believe the node is bound already
        Files.deleteIfExists(home.resolve("logs").resolve("http.ports"));

        final Settings.Builder sb = Settings.builder()
            // a fixed cluster and node name: the cluster state in data/ names them, and a restart must find them again
            .put("cluster.name", System.getProperty("newsdex.os.cluster.name", "newsdex-test"))
            .put("node.name", "newsdex-node")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            // loopback only: nothing outside this machine can reach it, and OpenSearch's bootstrap
            // checks (meant for production binds) do not apply
            .put("network.host", "127.0.0.1")
            .put("http.port", System.getProperty("newsdex.os.http.port", "9200"))
            // node-to-node transport still binds (single-node talks to itself through it); any free port,
            // so several nodes and a real 9300 never clash
            .put("transport.port", "0")
            // writes logs/http.ports once bound: how run.sh learns the port when it asked for 0
            .put("node.portsfile", true)
            // one node that elects itself, no discovery pings, no bootstrap of a multi-node cluster
            .put("discovery.type", "single-node")
            // the netty4 module provides both; named explicitly so a missing module fails loudly
            .put("transport.type", "netty4")
            .put("http.type", "netty4")
            // CI and dev disks may be nearly full: never let the disk allocator refuse shards or
            // put indices into read-only mode (flood stage)
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // no mlockall (needs privileges; a distribution only does it when asked)
            .put("bootstrap.memory_lock", false);
        // pass-through: -Dnewsdex.os.setting.indices.query.bool.max_clause_count=4096 etc.
        final Map<String, String> extra = new TreeMap<>();
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("newsdex.os.setting.")) {
                extra.put(key.substring("newsdex.os.setting.".length()), System.getProperty(key));
            }
        }
        extra.forEach(sb::put);
        final Settings settings = sb.build();

        final Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Collections.emptyMap(), home.resolve("config"), () -> "newsdex-node");
        // what OpenSearch's Bootstrap does before creating the node; without it log4j prints its
        // "no configuration found" status error and the node logs nothing
        LogConfigurator.setNodeName("newsdex-node");
        LogConfigurator.configure(environment);

        final TestNode node;
        try {
            node = new TestNode(environment, new ArrayList<>(MODULES));
        } catch (Throwable t) {
            // e.g. a NoClassDefFoundError when a module's dependency jar is missing from the classpath
            failed("node could not be created", t);
            return;
        }

        // SIGTERM / SIGINT: close the node cleanly (flushes, releases the data-dir lock) before the JVM exits
        final CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[newsdex] shutting down node");
            try {
                node.close();
                if (!node.awaitClose(30, TimeUnit.SECONDS)) {
                    System.out.println("[newsdex] node did not close within 30s");
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                System.out.println("[newsdex] node closed");
                System.out.flush();
                // log4j's own shutdown hook is off (-Dlog4j.shutdownHookEnabled=false) so that the
                // close above could still log; stop it now
                Configurator.shutdown((LoggerContext) LogManager.getContext(false));
                closed.countDown();
            }
        }, "newsdex-shutdown"));

        try {
            node.start();
        } catch (Throwable t) {
            failed("node failed to start", t);
        }
        System.out.printf("[newsdex] NODE_STARTED pid=%d http.port=%s in %.1fs%n",
            ProcessHandle.current().pid(), settings.get("http.port"), (System.nanoTime() - t0) / 1e9);
        System.out.flush();
        // OpenSearch's threads are daemon threads: the JVM would exit once main returns. Park main
        // until the shutdown hook has closed the node (OpenSearch's Bootstrap keeps a keep-alive thread for the same reason).
        closed.await();
    }
}
