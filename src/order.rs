//! Stable sorting that compiles the standard library's sort once: every `sort_by_key` on another element type or key
//! is a new copy of the whole driftsort in the wasm (about 3 KB each), so these helpers sort positions instead.

use std::cmp::Ordering;

/// Sorts `items` by `key`, keeping equal items in their order (as `slice::sort_by_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` with `compare`, keeping equal items in their order (as `slice::sort_by` does).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    // Lists that are already in order (often the case) are left as they are, with nothing allocated.
    if items.windows(2).all(|pair| compare(&pair[0], &pair[1]) != Ordering::Greater) {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    apply_order(items, &mut order);
}

/// Moves each item to its place in place: `order[i]` is the position of the item that goes to `i`. Follows each
/// cycle of the permutation with swaps, marking every place filled (`order[i] == i`) as it goes.
fn apply_order<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..items.len() {
        let mut hole = start;
        while order[hole] != hole {
            let source = order[hole];
            order[hole] = hole;
            if source == start {
                break;
            }
            items.swap(hole, source);
            hole = source;
        }
    }
}

/// The one place the standard sort is instantiated: positions, compared through a trait object.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_by_key_keeps_equal_items_in_their_order() {
        let mut words = vec![("pear", 2), ("fig", 1), ("kiwi", 2), ("apple", 1), ("plum", 0)];
        sort_by_key(&mut words, |(_, rank)| *rank);
        assert_eq!(words, [("plum", 0), ("fig", 1), ("apple", 1), ("pear", 2), ("kiwi", 2)]);
    }

    #[test]
    fn sorting_by_a_comparison_can_reverse_it() {
        let mut numbers = vec![3, 1, 4, 1, 5, 9, 2, 6];
        sort_by(&mut numbers, |a, b| b.cmp(a));
        assert_eq!(numbers, [9, 6, 5, 4, 3, 2, 1, 1]);
    }

    #[test]
    fn long_cycles_and_reversals_are_put_in_order() {
        let mut numbers: Vec<u32> = (0..50).map(|n| (n * 37 + 11) % 50).collect();
        sort_by_key(&mut numbers, |n| *n);
        assert_eq!(numbers, (0..50).collect::<Vec<u32>>());
        let mut reversed: Vec<u32> = (0..9).rev().collect();
        sort_by_key(&mut reversed, |n| *n);
        assert_eq!(reversed, (0..9).collect::<Vec<u32>>());
    }

    #[test]
    fn empty_and_single_lists_stay_as_they_are() {
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |n| *n);
        assert!(empty.is_empty());
        let mut one = vec!["only"];
        sort_by_key(&mut one, |word| word.len());
        assert_eq!(one, ["only"]);
    }
}
