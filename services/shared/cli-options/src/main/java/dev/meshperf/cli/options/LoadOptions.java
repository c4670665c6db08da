package dev.meshperf.cli.options;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The words that describe a load test on the command line, shared by {@code ./meshperf load} (in this process) and
 * {@code ./meshperf run} (through the gateway), so both read the same way.
 */
public class LoadOptions {

    @Parameters(arity = "1..*", paramLabel = "URL", description = "target URL(s), sent round-robin")
    public List<String> urls = new ArrayList<>();

    @Option(names = {"-p", "--protocol"}, description = "http1 (default), h2c, http2 (TLS with ALPN), grpc or tcp")
    public String protocol;

    @Option(names = {"-c", "--connections"}, defaultValue = "16", description = "connections (default 16)")
    public int connections;

    @Option(names = {"-r", "--rate"}, description = "requests/s in total, or max (default max: closed loop)")
    public String rate;

    @Option(names = "--ramp", paramLabel = "FROM:TO", description = "rate rising linearly, e.g. 100:1000")
    public String ramp;

    @Option(names = "--steps", paramLabel = "RATE@DUR,...", description = "rate steps, e.g. 100@10s,500@10s")
    public String steps;

    @Option(names = "--arrival", description = "uniform (default) or poisson")
    public String arrival;

    @Option(names = {"-d", "--duration"}, defaultValue = "10s", description = "measured duration (default 10s)")
    public String duration;

    @Option(names = "--warmup", description = "load before the measured part, left out of the results")
    public String warmup;

    @Option(names = {"-t", "--threads"}, description = "event loops (default: one per core)")
    public Integer threads;

    @Option(names = "--timeout", defaultValue = "10s", description = "per-request timeout (default 10s)")
    public String timeout;

    @Option(names = "--pipeline", description = "requests in flight per connection, max model only")
    public Integer pipeline;

    @Option(names = {"-X", "--method"}, description = "HTTP method (default GET, or POST with a body)")
    public String method;

    @Option(names = {"-H", "--header"}, description = "request header 'Name: value' (repeatable)")
    public List<String> headers = new ArrayList<>();

    @Option(names = "--body", description = "request body, or @FILE")
    public String body;

    @Option(names = "--content-type", description = "content type of the body")
    public String contentType;

    @Option(names = "--cacert", paramLabel = "FILE", description = "trust this CA certificate (PEM) for https")
    public String caCert;

    @Option(names = {"-k", "--insecure"}, description = "accept any TLS certificate")
    public boolean insecure;

    @Option(names = "--sni", description = "TLS server name to send and verify (default: the URL's host)")
    public String sni;

    @Option(names = "--streams", description = "HTTP/2 streams per connection (default: --pipeline, else 10)")
    public String streams;

    @Option(names = "--grpc-method", description = "package.Service/Method (default grpc.health.v1.Health/Check)")
    public String grpcMethod;

    @Option(names = "--grpc-request", paramLabel = "BASE64|@FILE", description = "serialized request message")
    public String grpcRequest;

    @Option(names = "--tcp-payload", description = "text to send per TCP exchange (\\n for a newline)")
    public String tcpPayload;

    @Option(names = "--tcp-delimiter", description = "a TCP response ends after this text (\\n for a newline)")
    public String tcpDelimiter;

    @Option(names = "--tcp-bytes", description = "a TCP response is this many bytes")
    public Integer tcpBytes;

    @Option(names = "--max-queue", description = "due requests that may wait for a connection (default 10000)")
    public String maxQueue;

    @Option(names = "--slo", description = "objective such as latency.p99<=250 or errorRate<=1 (repeatable)")
    public List<String> slos = new ArrayList<>();
}
