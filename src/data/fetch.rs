//! Fetching a baseline file from the app's own origin (browser only).

use gloo::net::http::Request;

use super::error::DataErrors;
use crate::model::baseline::Baseline;

/// Why a baseline could not be loaded from a URL.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    /// The request failed or the server answered with an error status.
    #[error("kunne ikke hente {url}: {reason}")]
    Network {
        /// What was requested.
        url: String,
        /// What went wrong.
        reason: String,
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
/// [`FetchError::Network`] when it cannot be fetched, [`FetchError::Invalid`] when it is not valid.
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
        return Err(network(format!(
            "serveren svarede {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response.text().await.map_err(|e| network(e.to_string()))?;
    super::from_json(&text).map_err(|errors| FetchError::Invalid {
        url: url.to_string(),
        errors,
    })
}
