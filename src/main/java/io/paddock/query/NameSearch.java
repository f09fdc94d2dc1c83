package io.paddock.query;

import io.paddock.internal.text.Folding;
import io.paddock.model.EntityKind;
import io.paddock.model.Ref;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into one entity, or says clearly that it cannot: search is accent- and
 * case-insensitive in any script and takes partial names; an exact name or alias wins (the same words, whatever the
 * case, accents and punctuation between them); several equally good matches are
 * an {@link AmbiguousNameException}, none an {@link UnknownNameException}.
 */
final class NameSearch {

    /** Entity kinds and their labels. */
    private final QueryContext context;

    NameSearch(QueryContext context) {
        this.context = context;
    }

    /** Candidates for a typed name, best first; {@code kinds} empty means every kind. */
    List<Ref> candidates(String typed, List<String> kinds) {
        return hits(typed, kinds).stream().map(Hit::ref).toList();
    }

    private record Hit(Ref ref, List<String> names) {
    }

    private List<Hit> hits(String typed, List<String> kinds) {
        List<String> tokens = searchTokens(typed);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Record> prefixHits = run(Search.of(tokens, false, kinds));
        List<Record> hits = prefixHits.stream().filter(r -> allTokensPrefixAWord(tokens, r)).toList();
        if (hits.isEmpty()) {
            hits = run(Search.of(tokens, true, kinds));
        }
        return hits.stream().map(NameSearch::hit).distinct().toList();
    }

    /** Exactly one entity of one of the kinds, or an exception that says why not. */
    Ref resolve(String typed, String... kinds) {
        String what = String.join(" or ", kinds);
        List<String> kindList = Arrays.asList(kinds);
        List<Hit> hits = hits(typed, kindList);
        List<Ref> candidates = hits.stream().map(Hit::ref).toList();
        String key = Folding.key(typed);
        List<Ref> exact = hits.stream()
                .filter(hit -> hit.ref().id().equals(typed.strip())
                        || !key.isEmpty() && hit.names().stream().anyMatch(name -> Folding.key(name).equals(key)))
                .map(Hit::ref)
                .toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<Ref> byId = byId(typed.strip(), kindList);
        if (byId.size() == 1) {
            return byId.get(0);
        }
        if (candidates.isEmpty()) {
            throw new UnknownNameException(what, typed);
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw new AmbiguousNameException(what, typed, candidates);
    }

    /** Like {@link #resolve}, but null in, null out (for optional filters). */
    String resolveId(String typed, String kind) {
        return typed == null || typed.isBlank() ? null : resolve(typed, kind).id();
    }

    /**
     * The entity whose id is exactly what was typed. Asked only when the name search found no exact match: an id
     * that is no word of the name ({@code lemans}) is found only here.
     */
    private List<Ref> byId(String typed, List<String> kinds) {
        if (typed.isEmpty() || typed.chars().anyMatch(Character::isWhitespace)) {
            return List.of();
        }
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("id", typed);
        parameters.put("labels", kinds.isEmpty() ? null : labels(kinds));
        return context.run("lookup-id", parameters).stream().map(NameSearch::hit).map(Hit::ref).distinct().toList();
    }

    /** The node labels of searchable kinds; an unknown kind is refused with the list of known ones. */
    private static List<String> labels(List<String> kinds) {
        return kinds.stream().map(kind -> EntityKind.ofKey(kind).filter(EntityKind::searchable).orElseThrow(() ->
                new io.paddock.PaddockException("Unknown kind '" + kind + "': use one of " + String.join(", ",
                        Arrays.stream(EntityKind.values()).filter(EntityKind::searchable).map(EntityKind::key).sorted().toList()))))
                .map(EntityKind::label).toList();
    }

    /** One full-text search: Lucene query and node labels (null: every kind); one entry of search.cypher's list. */
    record Search(String query, List<String> labels) {

        /**
         * The search for a typed name's words: each word as a prefix, or fuzzy (the fallback), narrowed to the kinds
         * asked. The one place a search is built, so a search kept by {@link #prefetch} is found again by
         * {@link #hits}.
         */
        static Search of(List<String> tokens, boolean fuzzy, List<String> kinds) {
            return new Search(luceneQuery(tokens, fuzzy), kinds.isEmpty() ? null : NameSearch.labels(kinds));
        }

        /** The first search a typed name makes ({@link #hits}): its words as prefixes. */
        static Search first(String typed, List<String> kinds) {
            return of(searchTokens(typed), false, kinds);
        }

        Map<String, Object> parameter() {
            Map<String, Object> asked = new java.util.HashMap<>(); // labels may be null
            asked.put("query", query);
            asked.put("labels", labels);
            return asked;
        }
    }

    private List<Record> run(Search search) {
        return context.read(reads -> {
            List<Record> known = reads.searched(search);
            return known != null ? known : reads.run("search", Map.of("searches", List.of(search.parameter())));
        });
    }

    /**
     * Names of one kind that one question resolves (two drivers of a head-to-head, a driver of a career …), each
     * exactly as {@link #resolve} does, after searching for them and for the filter's series, class and event in one
     * statement ({@link #prefetch}).
     */
    List<Ref> resolveAll(QueryFilter filter, String kind, String... typed) {
        prefetch(filter, Arrays.stream(typed).map(text -> new Typed(text, List.of(kind))).toList());
        return Arrays.stream(typed).map(text -> resolve(text, kind)).toList();
    }

    /**
     * Runs the first search of each name a question will resolve (its names and its filter's series, class and event)
     * in one statement, so that resolving them one by one in the same transaction asks the database once instead of
     * once per name. Resolution itself is unchanged: it takes these hits where it would have searched.
     */
    void prefetch(QueryFilter filter, List<Typed> names) {
        List<Typed> all = new ArrayList<>(names);
        all.add(new Typed(filter.series(), List.of("series")));
        all.add(new Typed(filter.className(), List.of("class")));
        all.add(new Typed(filter.event(), List.of("event")));
        List<Search> searches = all.stream()
                .filter(typed -> typed.text() != null && !searchTokens(typed.text()).isEmpty())
                .map(typed -> Search.first(typed.text(), typed.kinds()))
                .distinct()
                .toList();
        if (searches.size() < 2 || !context.inTransaction()) {
            return; // one name saves nothing; outside a facade call's transaction the hits would not be kept
        }
        context.read(reads -> {
            Map<Long, List<Record>> bySearch = new java.util.HashMap<>();
            reads.run("search", Map.of("searches", searches.stream().map(Search::parameter).toList()))
                    .forEach(r -> bySearch.computeIfAbsent(r.get("search").asLong(), k -> new ArrayList<>()).add(r));
            for (int i = 0; i < searches.size(); i++) {
                reads.searched(searches.get(i), bySearch.getOrDefault((long) i, List.of()));
            }
            return null;
        });
    }

    /** A name as a user typed it, and the kinds it may name (empty: any). */
    record Typed(String text, List<String> kinds) {
    }

    private static Hit hit(Record r) {
        Ref ref = new Ref(EntityKind.ofLabel(r.get("label").asString()).map(EntityKind::key).orElse(null), r.get("id").asString(), r.get("name").asString());
        List<String> names = new ArrayList<>(r.get("aliases").asList(v -> v.asString()));
        names.add(ref.name());
        return new Hit(ref, names);
    }

    private static boolean allTokensPrefixAWord(List<String> tokens, Record record) {
        List<String> words = Folding.tokens(record.get("searchText").asString(""));
        return tokens.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    }

    /** Prefix match on every token; with {@code fuzzy}, also one-edit typos for tokens of four letters or more. */
    private static String luceneQuery(List<String> tokens, boolean fuzzy) {
        return tokens.stream()
                .map(t -> fuzzy && t.length() >= 4 ? "(" + escaped(t) + "* OR " + escaped(t) + "~1)" : escaped(t) + "*")
                .collect(Collectors.joining(" AND "));
    }

    /**
     * A token with the characters Lucene's query syntax reads as operators behind a backslash: a word may hold a colon
     * between letters ("S:t"), which would otherwise name a field.
     */
    private static String escaped(String token) {
        StringBuilder out = new StringBuilder(token.length());
        token.codePoints().forEach(c -> {
            if ("\\+-!():^[]\"{}~*?|&/".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    /**
     * The tokens a search asks the index for: the typed text's words as the index folds them ({@link Folding}), the
     * English stop words left out as the index leaves them out ("of" would find nothing in "24 Hours of Le Mans"), but
     * all of them when every one is a stop word, so "The" still finds nothing.
     */
    static List<String> searchTokens(String typed) {
        List<String> tokens = Folding.tokens(typed);
        List<String> kept = tokens.stream().filter(t -> !Folding.STOP_WORDS.contains(t)).toList();
        return kept.isEmpty() ? tokens : kept;
    }
}
