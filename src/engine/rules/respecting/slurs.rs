//! Slurs: words that demean people for their race, religion, sexuality, gender or disability.

use super::Lexicon;
use crate::engine::lexicon::flag;

declare_rule! {
    /// Flags slurs, words that demean people for their race, religion, sexuality, gender or disability.
    ///
    /// ## What it does
    /// Flags slurs: words that demean a whole group of people for who they are.
    ///
    /// ## Why does it matter?
    /// A slur hurts everyone in the group it names, not just the person it is aimed at, and one in a
    /// brand's reply is a screenshot that outlives the thread. There is no rewrite: leave it out.
    pub static SLURS: LexiconRule = {
        id: "builtin.slurs",
        principle: Respecting,
        effect: Issue,
        prior: { listening: -0.6, respect: -6.0, promotion: 0.0 },
        message: "\"{match}\" is a slur; it demeans people for who they are. Leave it out.",
        lexicon: SLURS_LEXICON,
    };
}

/// The phrases the rule finds, with their rewrites where one exists.
const SLURS_LEXICON: Lexicon = Lexicon {
    entries: &[
        // Race and origin.
        flag("nigger*"),
        flag("nigga*"),
        flag("n1gga*"),
        flag("n1gger*"),
        flag("coon"),
        flag("coons"),
        flag("porch monkey*"),
        flag("jungle bunny"),
        flag("chink*"),
        flag("gook*"),
        flag("jap"),
        flag("japs"),
        flag("spic"),
        flag("spics"),
        flag("wetback*"),
        flag("beaner*"),
        flag("paki"),
        flag("pakis"),
        flag("raghead*"),
        flag("towelhead*"),
        flag("sand nigger*"),
        flag("camel jockey*"),
        flag("gyppo*"),
        flag("redskin*"),
        flag("injun*"),
        flag("honky"),
        flag("honkies"),
        // Religion.
        flag("kike*"),
        flag("heeb*"),
        flag("muzzie*"),
        // Sexuality and gender.
        flag("fag"),
        flag("fags"),
        flag("faggot*"),
        flag("f*ggot*"),
        flag("fagg*"),
        flag("dyke"),
        flag("dykes"),
        flag("homos"),
        flag("tranny"),
        flag("trannies"),
        flag("shemale*"),
        flag("he-she"),
        // Disability.
        flag("spaz"),
        flag("spastic"),
        flag("mongoloid*"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::engine::rules::testing::{fires, underlined};
    use crate::engine::rules::Rule;

    const RULE: &dyn Rule = &super::SLURS;

    #[test]
    fn a_slur_is_flagged_whole() {
        assert_eq!(underlined(RULE, "Only faggots say that."), ["faggots"]);
        assert_eq!(underlined(RULE, "that tranny again"), ["tranny"]);
    }

    #[test]
    fn words_that_contain_one_are_not() {
        assert!(!fires(RULE, "The raccoons got into the spice rack, and Japan's cocoons hatched."));
        assert!(!fires(RULE, "Homogeneous, spicy, and a spacious Pakistani kitchen."));
    }
}
