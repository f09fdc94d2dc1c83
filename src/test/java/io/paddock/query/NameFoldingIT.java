package io.paddock.query;

import io.paddock.SeededGraph;
import io.paddock.model.Ref;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Name search in any script (issue 17): what is typed is cut and folded as the {@code standard-folding} index cuts and
 * folds names, so an exact name with Ł, in Chinese characters, Greek or Cyrillic finds its driver, as does a name with
 * an apostrophe. Drivers from the names fixture and, for O'Brien, the Ergast files of 1952.
 */
class NameFoldingIT extends SeededGraph {

    @BeforeAll
    static void addDrivers() throws IOException {
        addFixture("names.cypher");
        importErgast(1952, 1952);
    }

    @Test
    void aPolishNameIsFoundExactlyAndWithoutItsAccents() {
        Ref lukasz = new Ref("driver", "names-test-lukasz-zyla", "Łukasz Żyła");

        assertThat(queries.resolve("Łukasz Żyła", "driver")).isEqualTo(lukasz);
        assertThat(queries.resolve("lukasz zyla", "driver")).isEqualTo(lukasz);
        assertThat(queries.search("ŁUK")).containsExactly(lukasz);
    }

    @Test
    void aNameInChineseCharactersIsFoundWholeOrInPart() {
        assertThat(queries.resolve("佐藤琢磨", "driver")).isEqualTo(new Ref("driver", "names-test-takuma-sato", "Takuma Sato"));
        assertThat(queries.resolve("小林可夢偉")).isEqualTo(new Ref("driver", "names-test-kamui-kobayashi", "Kamui Kobayashi"));
        assertThat(queries.search("佐藤")).extracting(Ref::id).containsExactly("names-test-takuma-sato");
        assertThatThrownBy(() -> queries.resolve("鈴木", "driver")).isInstanceOf(UnknownNameException.class);
    }

    @Test
    void greekAndCyrillicNamesAreFound() {
        assertThat(queries.resolve("Γιάννης Παπαδόπουλος", "driver").id()).isEqualTo("names-test-giannis-papadopoulos");
        assertThat(queries.resolve("παπαδόπουλος", "driver").id()).isEqualTo("names-test-giannis-papadopoulos");
        assertThat(queries.resolve("Виталий Петров", "driver").id()).isEqualTo("names-test-vitaly-petrov");
        assertThat(queries.resolve("ПЕТРОВ", "driver").id()).isEqualTo("names-test-vitaly-petrov");
    }

    @Test
    void anApostropheInsideANameIsPartOfTheWordAsInTheIndex() {
        assertThat(queries.resolve("Robert O'Brien", "driver")).extracting(Ref::name).isEqualTo("Robert O'Brien");
        assertThat(queries.resolve("O’Brien", "driver")).extracting(Ref::name).isEqualTo("Robert O'Brien");
        assertThat(queries.search("o'bri", "driver")).extracting(Ref::name).containsExactly("Robert O'Brien");
    }
}
