package org.leadershipimpact.localstack;

/** Where each part of the local stack listens. Services take the three ports after the gateway's. */
public record Ports(int gateway, int postgres, int kafka, int kafkaController) {

    public static final Ports DEFAULT = new Ports(8080, 15432, 19092, 19093);

    public int programmes() {
        return gateway + 1;
    }

    public int projects() {
        return gateway + 2;
    }

    public int evaluation() {
        return gateway + 3;
    }
}
