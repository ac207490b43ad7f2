//! Fetching a baseline file from the app's own origin (browser only).

use std::cell::Cell;
use std::rc::Rc;

use gloo::net::http::Request;
use gloo::timers::callback::Timeout;

use super::error::DataErrors;
use crate::model::baseline::Baseline;

/// Why a baseline could not be loaded from a URL.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    /// The request failed (no connection, blocked, …).
    #[error("kunne ikke hente {url}: {reason}")]
    Network {
        /// What was requested.
        url: String,
        /// The browser's explanation.
        reason: String,
    },
    /// Nothing (or not all of the file) arrived within [`FETCH_TIMEOUT_MS`].
    #[error("kunne ikke hente {url}: intet svar på {seconds} sekunder")]
    TimedOut {
        /// What was requested.
        url: String,
        /// The time allowed, in seconds.
        seconds: u32,
    },
    /// The server sent the request on to another site.
    #[error("kunne ikke hente {url}: serveren sendte videre til et andet websted ({to})")]
    Redirected {
        /// What was requested.
        url: String,
        /// Where the server sent it.
        to: String,
    },
    /// The server answered with an error status.
    #[error("kunne ikke hente {url}: serveren svarede {status} {status_text}")]
    Status {
        /// What was requested.
        url: String,
        /// The HTTP status, e.g. 404.
        status: u16,
        /// The server's words for it, e.g. "Not Found".
        status_text: String,
    },
    /// The file arrived but is not a valid baseline.
    #[error("{url} er ikke en gyldig datafil:\n{errors}")]
    Invalid {
        /// What was requested.
        url: String,
        /// Every broken rule.
        errors: DataErrors,
    },
}

/// How long a data address may take, from the request to the last byte, before Måltal gives up
/// and says so (issue 17: nothing hangs).
pub const FETCH_TIMEOUT_MS: u32 = 20_000;

/// Fetches and validates the baseline at `url`. `same_site` decides whether the address the
/// file finally came from (after redirects) is on Måltal's own site; another site's file is
/// refused before it is read, as a direct address to another site is.
///
/// # Errors
/// [`FetchError::Network`], [`FetchError::TimedOut`], [`FetchError::Redirected`] or
/// [`FetchError::Status`] when it cannot be fetched, [`FetchError::Invalid`] when it is not valid.
pub async fn fetch_baseline(
    url: &str,
    same_site: impl Fn(&str) -> bool,
) -> Result<Baseline, FetchError> {
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    // Dropped (so cancelled) when this function returns.
    let _timer = controller.clone().map(|c| {
        let flag = Rc::clone(&timed_out);
        Timeout::new(FETCH_TIMEOUT_MS, move || {
            flag.set(true);
            c.abort();
        })
    });
    let failed = |reason: String| {
        if timed_out.get() {
            FetchError::TimedOut {
                url: url.to_string(),
                seconds: FETCH_TIMEOUT_MS / 1000,
            }
        } else {
            FetchError::Network {
                url: url.to_string(),
                reason,
            }
        }
    };
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| failed(e.to_string()))?;
    let final_url = response.url();
    if !final_url.is_empty() && !same_site(&final_url) {
        return Err(FetchError::Redirected {
            url: url.to_string(),
            to: final_url,
        });
    }
    if !response.ok() {
        return Err(FetchError::Status {
            url: url.to_string(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = response.text().await.map_err(|e| failed(e.to_string()))?;
    super::from_json(&text).map_err(|errors| FetchError::Invalid {
        url: url.to_string(),
        errors,
    })
}
