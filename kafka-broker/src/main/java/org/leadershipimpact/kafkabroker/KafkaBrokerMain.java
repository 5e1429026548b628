package org.leadershipimpact.kafkabroker;

import java.io.IOException;
import java.io.InputStream;

/**
 * Entry point of the broker's own JVM. It runs Apache Kafka unchanged, and ends the JVM when its
 * parent goes away: the parent holds our standard input open for as long as it lives, so end of
 * input means the parent has stopped or been killed, and no broker is ever left behind.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(KafkaBrokerMain::exitWhenParentGoes, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(args);
    }

    private static void exitWhenParentGoes() {
        InputStream in = System.in;
        try {
            while (in.read() >= 0) {
                // the parent never writes; reading only tells us when the pipe closes
            }
        } catch (IOException closed) {
            // a broken pipe means the same as end of input
        }
        Runtime.getRuntime().halt(0);
    }
}
