package io.paddock.internal.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.resolve.Decision;
import io.paddock.resolve.PersonClaim;
import io.paddock.resolve.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleResolverTests {

    private static Curated curated(String json) throws Exception {
        return Curated.of(new ObjectMapper().readTree(json));
    }

    private static PersonClaim lemans(String name, String nationality, int from, int to) {
        return new PersonClaim("lemans24", name, List.of(name), nationality, null, from, to, List.of());
    }

    private static PersonClaim f1(String name, String nationality, int born, int from, int to) {
        return new PersonClaim("ergast-f1-csv", name, List.of(name), nationality, born, from, to, List.of());
    }

    @Test
    void theSamePersonInTwoSourcesIsMergedWithTheEvidence() throws Exception {
        PeopleResolver resolver = new PeopleResolver(curated("{}"));
        Decision f1 = resolver.resolve(f1("Allan McNish", "GB", 1969, 2002, 2002));
        Decision lemans = resolver.resolve(lemans("Allan McNish", "GB", 1997, 2013));
        assertThat(f1.verdict()).isEqualTo(Verdict.NEW);
        assertThat(f1.id()).isEqualTo("allan-mcnish");
        assertThat(lemans.verdict()).isEqualTo(Verdict.MERGED);
        assertThat(lemans.id()).isEqualTo("allan-mcnish");
        assertThat(lemans.evidence()).contains("nationality GB = GB", "seasons 1997–2013 and 2002 fit born 1969");
    }

    @Test
    void accentsCaseAndHyphensDoNotMakeTwoPeople() throws Exception {
        PeopleResolver resolver = new PeopleResolver(curated("{}"));
        resolver.resolve(lemans("Yōjirō Terada", "JP", 1974, 1990));
        Decision plain = resolver.resolve(lemans("YOJIRO TERADA", "JP", 1991, 2000));
        assertThat(plain.verdict()).isEqualTo(Verdict.MERGED);
        assertThat(plain.id()).isEqualTo("yojiro-terada");
    }

    @Test
    void aNamesakeOfAnotherEraIsKeptApart() throws Exception {
        PeopleResolver resolver = new PeopleResolver(curated("{}"));
        resolver.resolve(f1("Archie Scott Brown", "GB", 1927, 1956, 1956));
        Decision child = resolver.resolve(lemans("Archie Scott Brown", "GB", 1939, 1939));
        assertThat(child.verdict()).isEqualTo(Verdict.KEPT_APART);
        assertThat(child.id()).isEqualTo("archie-scott-brown-1939");
        assertThat(child.other()).isEqualTo("archie-scott-brown");
        assertThat(child.evidence()).contains("same name as archie-scott-brown but raced in 1939, aged 12 if born 1927");
    }

    @Test
    void anotherNationalityInTheSameYearsIsDoubtfulAndNotMerged() throws Exception {
        PeopleResolver resolver = new PeopleResolver(curated("{}"));
        resolver.resolve(f1("Jack Turner", "US", 1920, 1956, 1958));
        Decision other = resolver.resolve(lemans("Jack Turner", "GB", 1955, 1962));
        assertThat(other.verdict()).isEqualTo(Verdict.DOUBTFUL);
        assertThat(other.id()).isNotEqualTo("jack-turner");
    }

    @Test
    void aCuratedDecisionWinsOverTheNationalityConflict() throws Exception {
        PeopleResolver resolver = new PeopleResolver(curated("""
                {"same": [{"name": "Ralph Firman", "reason": "Irish licence in F1"}]}"""));
        resolver.resolve(f1("Ralph Firman", "IE", 1975, 2003, 2003));
        Decision lemans = resolver.resolve(lemans("Ralph Firman", "GB", 2004, 2006));
        assertThat(lemans.verdict()).isEqualTo(Verdict.MERGED);
        assertThat(lemans.evidence()).anyMatch(e -> e.contains("Irish licence in F1"));
    }

    @Test
    void aPinnedNamesakeGetsItsIdWhicheverSourceComesFirst() throws Exception {
        String json = """
                {"distinct": [{"source": "lemans24", "name": "Jack Turner", "fromYear": 1950, "toYear": 1970,
                               "id": "jack-turner-1962", "reason": "British, not the Indianapolis driver"}]}""";
        PeopleResolver lemansFirst = new PeopleResolver(curated(json));
        Decision a = lemansFirst.resolve(lemans("Jack Turner", "GB", 1962, 1962));
        Decision b = lemansFirst.resolve(f1("Jack Turner", "US", 1920, 1956, 1958));
        PeopleResolver f1First = new PeopleResolver(curated(json));
        Decision c = f1First.resolve(f1("Jack Turner", "US", 1920, 1956, 1958));
        Decision d = f1First.resolve(lemans("Jack Turner", "GB", 1962, 1962));
        assertThat(List.of(a.id(), b.id())).containsExactly("jack-turner-1962", "jack-turner");
        assertThat(List.of(d.id(), c.id())).containsExactly("jack-turner-1962", "jack-turner");
    }

    @Test
    void aCuratedSpellingJoinsOnePersonUnderOneIdWhicheverSourceComesFirst() throws Exception {
        String json = """
                {"people": [{"name": "Yves Cabantous", "spellings": ["Yves Giraud-Cabantous"],
                             "reason": "F1DB's name for Ergast's Yves Cabantous"}]}""";
        PeopleResolver f1First = new PeopleResolver(curated(json));
        Decision f1 = f1First.resolve(f1("Yves Cabantous", "FR", 1904, 1950, 1953));
        Decision lemans = f1First.resolve(lemans("Yves Giraud-Cabantous", "FR", 1931, 1955));
        PeopleResolver lemansFirst = new PeopleResolver(curated(json));
        Decision lemansAlone = lemansFirst.resolve(lemans("Yves Giraud-Cabantous", "FR", 1931, 1955));
        Decision f1Later = lemansFirst.resolve(f1("Yves Cabantous", "FR", 1904, 1950, 1953));
        assertThat(List.of(f1.id(), lemans.id(), lemansAlone.id(), f1Later.id())).containsOnly("yves-cabantous");
        assertThat(List.of(lemans.verdict(), lemansAlone.verdict(), f1Later.verdict()))
                .containsExactly(Verdict.MERGED, Verdict.NEW, Verdict.MERGED);
        assertThat(lemans.evidence()).anyMatch(e -> e.contains("F1DB's name for Ergast's Yves Cabantous"));
    }

    @Test
    void aRegistryAliasFindsTheRegistryPerson() throws Exception {
        PeopleResolver resolver = new PeopleResolver(curated("{}"));
        resolver.know(new PeopleResolver.Known("rinaldo-capello", "Rinaldo Capello", List.of("Rinaldo Capello", "Dindo Capello"),
                "IT", null, null, null, Set.of("seed")));
        Decision dindo = resolver.resolve(lemans("Dindo Capello", "IT", 1998, 2012));
        assertThat(dindo.verdict()).isEqualTo(Verdict.MERGED);
        assertThat(dindo.id()).isEqualTo("rinaldo-capello");
    }

    @Test
    void namesFoldToOneKey() {
        assertThat(Names.key("Jean-Pierre  Jaussaud")).isEqualTo("jean pierre jaussaud");
        assertThat(Names.slug("Nico Hülkenberg")).isEqualTo("nico-hulkenberg");
        assertThat(Names.key("Tom Kristensen")).isEqualTo(Names.key("TOM KRISTENSEN"));
        assertThat(Names.key("Jan Magnussen")).isNotEqualTo(Names.key("Kevin Magnussen"));
    }

    @Test
    void nationalitiesFromEveryForm() {
        assertThat(Nationalities.ofDemonym("Argentinian ")).isEqualTo("AR");
        assertThat(Nationalities.ofDemonym("New Zealander")).isEqualTo("NZ");
        assertThat(Nationalities.ofAlpha3("GBR")).isEqualTo("GB");
        assertThat(Nationalities.ofAlpha3("LUD")).isEqualTo("LU");
        assertThat(Nationalities.ofCountryName("UK")).isEqualTo("GB");
        assertThat(Nationalities.compatible("DD", "DE")).isTrue();
        assertThat(Nationalities.compatible("GB", "US")).isFalse();
        assertThat(Nationalities.compatible(null, "US")).isTrue();
    }
}
