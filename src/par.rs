//! Versions processed in parallel: a map over a slice on scoped threads, results in order.
//!
//! Aligning and extracting the versions of one story are independent per version, so a story of
//! many long versions uses every core. Plain `std::thread::scope` is enough for this fixed, small
//! fan-out (no work stealing needed, no dependency); small inputs stay on the calling thread,
//! where a thread would cost more than it saves, and so does a batch, whose stories are
//! already spread over the cores.

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

thread_local! {
    /// Set on a batch's worker threads, which already keep every core busy.
    static SERIAL: Cell<bool> = const { Cell::new(false) };
}

/// Run `f` with [`map`] kept on the calling thread.
pub(crate) fn serial<R>(f: impl FnOnce() -> R) -> R {
    let before = SERIAL.with(|s| s.replace(true));
    let r = f();
    SERIAL.with(|s| s.set(before));
    r
}

/// Below this much work (in the caller's units, e.g. sentences) everything runs on the calling
/// thread.
pub(crate) const MIN_WORK: usize = 2_000;

/// `f` applied to every item, in order; on up to as many threads as there are cores when there
/// are at least two items and `work` reaches [`MIN_WORK`].
pub(crate) fn map<T: Sync, R: Send>(
    items: &[T],
    work: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads < 2 || work < MIN_WORK || SERIAL.with(Cell::get) {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut out: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    out.sort_unstable_by_key(|&(i, _)| i);
    out.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<usize> = (0..100).collect();
        assert_eq!(
            super::map(&items, usize::MAX, |&x| x * 2),
            (0..100).map(|x| x * 2).collect::<Vec<_>>()
        );
        assert_eq!(
            super::map(&items, 0, |&x| x + 1),
            (1..101).collect::<Vec<_>>()
        );
    }
}
