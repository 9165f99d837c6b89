package dev.verbatim.statement;

import dev.verbatim.statement.ListRequest;
import dev.verbatim.statement.SortOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The HQL condition and parameters of a list request; withdrawn statements never match. */
record StatementFilter(String where, Map<String, Object> params) {

    static StatementFilter of(ListRequest request) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add("s.withdrawnAt is null");
        if (request.from() != null && request.from().equals(request.to())) {
            // One day: an equality, which the databases answer from the (day, time, id) index in order.
            conditions.add("s.publishedDate = :day");
            params.put("day", request.from());
        } else if (request.from() != null) {
            conditions.add("s.publishedDate >= :from");
            params.put("from", request.from());
        }
        if (request.to() != null && !request.to().equals(request.from())) {
            conditions.add("s.publishedDate <= :to");
            params.put("to", request.to());
        }
        if (request.language() != null) {
            conditions.add("s.language = :language");
            params.put("language", request.language());
        }
        if (request.issuer() != null) {
            conditions.add("s.issuer.id = :issuer");
            params.put("issuer", request.issuer());
        }
        if (request.cursor() != null) {
            // "at or before, and if at then before by id": the first half is a range of the
            // publication index, which the databases walk in order from the cursor on. The same
            // condition as one OR made H2 sort the whole table for every page.
            String before = request.sort() == SortOrder.NEWEST ? "<" : ">";
            conditions.add("s.publishedAt " + before + "= :at and (s.publishedAt " + before + " :at or s.id " + before + " :id)");
            params.put("at", request.cursor().at());
            params.put("id", request.cursor().id());
        }
        return new StatementFilter(String.join(" and ", conditions), params);
    }

    static String orderBy(SortOrder sort) {
        return sort == SortOrder.NEWEST ? " order by s.publishedAt desc, s.id desc" : " order by s.publishedAt asc, s.id asc";
    }
}
