//! Capital letters as `char::to_uppercase` writes them, from tables build.rs derives from it (OUT_DIR/uppercase.rs):
//! a rewrite that starts a sentence takes its capital, and a preset's rule id becomes a name. Core's own table would
//! ship 12 KB (5.6 KB gzipped) in the wasm for these two uses; the runs it is made of take a quarter of that.

/// Characters `first`, `first + stride`, ... (`count` of them) whose capitals are `offset` away.
struct Run {
    first: u32,
    count: u8,
    stride: u8,
    offset: i32,
}

include!(concat!(env!("OUT_DIR"), "/uppercase.rs"));

/// Appends the capital of `c` (one to three characters, as `char::to_uppercase`: "ß" is "SS") to `text`.
pub fn push_uppercase(text: &mut String, c: char) {
    let code = u32::from(c);
    if let Ok(at) = EXPANSIONS.binary_search_by_key(&code, |(from, _)| u32::from(*from)) {
        let units = EXPANSIONS[at].1.iter().take_while(|unit| **unit != 0);
        text.extend(units.filter_map(|unit| char::from_u32(u32::from(*unit))));
        return;
    }
    // Runs do not overlap (build.rs), so only the last one starting at or before `c` can hold it.
    let run = RUNS.partition_point(|run| run.first <= code).checked_sub(1).map(|at| &RUNS[at]);
    let capital = run
        .filter(|run| {
            let (step, stride) = (code - run.first, u32::from(run.stride));
            step % stride == 0 && step / stride < u32::from(run.count)
        })
        .and_then(|run| code.checked_add_signed(run.offset))
        .and_then(char::from_u32);
    text.push(capital.unwrap_or(c));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_has_the_capital_std_gives_it() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let mut ours = String::new();
            push_uppercase(&mut ours, c);
            assert_eq!(ours, c.to_uppercase().collect::<String>(), "{c:?} (U+{:04X})", u32::from(c));
        }
    }

    #[test]
    fn capitals_of_one_and_of_several_characters() {
        let mut text = String::from("x");
        for c in ['a', 'é', 'ß', 'ǆ', 'ﬃ', '1', 'Q'] {
            push_uppercase(&mut text, c);
        }
        assert_eq!(text, "xAÉSSǄFFI1Q");
    }
}
