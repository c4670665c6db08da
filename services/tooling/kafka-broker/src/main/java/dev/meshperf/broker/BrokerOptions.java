package dev.meshperf.broker;

import java.nio.file.Path;

/** Command-line options of {@link BrokerMain}. */
record BrokerOptions(Path data, int port, int controllerPort, int partitions, String clusterId, boolean watchStdin) {

    /** A fixed id: one broker per data folder, so a restart finds its own cluster. */
    static final String DEFAULT_CLUSTER_ID = "bWVzaHBlcmYtbG9jYWwA";

    static BrokerOptions parse(String[] args) {
        Path data = null;
        int port = 9092;
        int controllerPort = 9093;
        int partitions = 4;
        String clusterId = DEFAULT_CLUSTER_ID;
        boolean watch = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(value(args, ++i));
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--controller-port" -> controllerPort = Integer.parseInt(value(args, ++i));
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                case "--cluster-id" -> clusterId = value(args, ++i);
                case "--watch-stdin" -> watch = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        return new BrokerOptions(data, port, controllerPort, partitions, clusterId, watch);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
