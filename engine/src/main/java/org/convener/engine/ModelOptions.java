package org.convener.engine;

/**
 * Settings shared by the models.
 *
 * @param strongThreshold where a party's weak vote in a seat ends and its strong vote begins (strong transition model)
 * @param tactical the tactical-voting adjustment, or {@code null} for none
 */
public record ModelOptions(double strongThreshold, TacticalVoting tactical) {

    public static final double DEFAULT_STRONG_THRESHOLD = 0.20;
    public static final ModelOptions DEFAULTS = new ModelOptions(DEFAULT_STRONG_THRESHOLD, null);

    public ModelOptions {
        if (!(strongThreshold > 0 && strongThreshold < 1)) {
            throw new IllegalArgumentException("the strong-vote threshold must be between 0% and 100%");
        }
    }

    public ModelOptions withTactical(TacticalVoting tactical) {
        return new ModelOptions(strongThreshold, tactical);
    }
}
