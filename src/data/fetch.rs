//! Fetching a baseline file from the app's own origin (browser only).

use gloo::net::http::Request;

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

/// Fetches and validates the baseline at `url`.
///
/// # Errors
/// [`FetchError::Network`] or [`FetchError::Status`] when it cannot be fetched,
/// [`FetchError::Invalid`] when it is not valid.
pub async fn fetch_baseline(url: &str) -> Result<Baseline, FetchError> {
    let network = |reason: String| FetchError::Network {
        url: url.to_string(),
        reason,
    };
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| network(e.to_string()))?;
    if !response.ok() {
        return Err(FetchError::Status {
            url: url.to_string(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = response.text().await.map_err(|e| network(e.to_string()))?;
    super::from_json(&text).map_err(|errors| FetchError::Invalid {
        url: url.to_string(),
        errors,
    })
}
