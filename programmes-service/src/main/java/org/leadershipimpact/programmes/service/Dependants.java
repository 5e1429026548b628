package org.leadershipimpact.programmes.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What still refers to a record someone asks to withdraw, for the 409 that refuses it: the first
 * {@value #NAMED} by kind and id, the rest counted, since an organisation may employ thousands of participants.
 */
final class Dependants {

    static final int NAMED = 10;

    private final List<String> named = new ArrayList<>();
    private long unnamed;

    /** Adds the records {@code query} finds, in its order, each named as {@code kind} and its id. */
    <T> Dependants add(String kind, PanacheQuery<T> query, Function<T, UUID> id) {
        long count = query.count();
        int room = NAMED - named.size();
        List<T> first = count == 0 || room == 0 ? List.of() : query.page(0, room).list();
        first.forEach(record -> named.add(kind + " " + id.apply(record)));
        unnamed += count - first.size();
        return this;
    }

    /** The dependants named, and how many more there are, if any; empty when nothing refers to the record. */
    List<String> list() {
        List<String> all = new ArrayList<>(named);
        if (unnamed > 0) {
            all.add("and " + unnamed + " more");
        }
        return all;
    }
}
