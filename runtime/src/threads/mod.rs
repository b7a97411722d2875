//! Threads: their states (attached or detached), the eval-breaker word that
//! carries requests to a running thread, the GIL-emulation lock,
//! stop-the-world, and the per-thread half of biased reference counting.

pub mod brc;
mod eval_breaker;
mod gil;
mod state;
mod stop_the_world;

pub use eval_breaker::{EvalBreaker, Requests};
pub use gil::{DEFAULT_SWITCH_INTERVAL, GilMode};
pub use state::{DetachHook, ThreadHandle, ThreadState, Threads};
pub use stop_the_world::StopTheWorld;
