package io.paddock.query;

import io.paddock.importer.YearRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Filters that cannot be meant are refused where they are made, in Java as on the command line.
 */
class QueryFilterTests {

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> QueryFilter.all().limit(-5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be at least 1, not -5");
        assertThatThrownBy(() -> QueryFilter.all().limit(0)).hasMessage("limit must be at least 1, not 0");
        assertThat(QueryFilter.all().limit(1).limitOr(10)).isEqualTo(1);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> QueryFilter.all().between(2011, 2007)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the seasons 2011 to 2007 end before they start");
        assertThatThrownBy(() -> new YearRange(2011, 2007)).hasMessage("the seasons 2011 to 2007 end before they start");
        assertThat(QueryFilter.all().between(2007, 2007).fromYear()).isEqualTo(2007);
        assertThat(new YearRange(2008, 2010).contains(2009)).isTrue();
    }
}
