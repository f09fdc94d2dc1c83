package io.paddock.model;

import java.util.List;

/**
 * Two team-mates in one season of one series.
 *
 * @param series the series
 * @param season the season year
 * @param teams  the team (or teams) they drove for together that season
 * @param score  their figures, A first
 */
public record BattleSeason(Ref series, int season, List<String> teams, BattleScore score) {

    /**
     * Defensive copy.
     *
     * @param series the series
     * @param season the season year
     * @param teams  the team (or teams) they drove for together that season
     * @param score  their figures, A first
     */
    public BattleSeason {
        teams = List.copyOf(teams);
    }

    /**
     * @return the same season with B first
     */
    public BattleSeason swapped() {
        return new BattleSeason(series, season, teams, score.swapped());
    }
}
