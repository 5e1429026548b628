package org.leadershipimpact.localinfra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports on the loopback interface. */
public final class FreePorts {

    private FreePorts() {
    }

    /*
     * Ports are chosen below 32768, where neither Linux (32768-60999) nor IANA's range (49152-65535)
     * hands out ports for outgoing connections: a free port chosen up there can be taken by some
     * process's connection to PostgreSQL or Kafka before the server meant for it binds (seen in CI:
     * "Port 47512 seems to be in use").
     */
    private static final int LOWEST = 20_000;
    private static final int BELOW_OUTGOING = 32_768;

    /** A port nothing listens on right now, outside the range used for outgoing connections. */
    public static int any() {
        return block(1);
    }

    /** The first of {@code count} consecutive free ports, for parts that take a block (the local stack). */
    public static int block(int count) {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = LOWEST + random.nextInt(BELOW_OUTGOING - LOWEST - count);
            boolean allFree = true;
            for (int port = first; port < first + count && allFree; port++) {
                allFree = isFree(port);
            }
            if (allFree) {
                return first;
            }
        }
        throw new IllegalStateException("No " + count + " consecutive free ports");
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
