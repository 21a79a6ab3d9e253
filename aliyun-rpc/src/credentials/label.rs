//! A provider that tells where its credentials come from.

use std::sync::Arc;

use super::{CredentialsFuture, ProvideCredentials};

/// Gives what `inner` provides, described as coming from `source` (replacing the inner
/// provider's own description: the outer one says which profile or section was chosen).
#[derive(Debug)]
pub(crate) struct Labelled {
    inner: Arc<dyn ProvideCredentials>,
    source: String,
}

impl Labelled {
    /// `inner`'s credentials, described as `source`.
    pub(crate) fn shared(
        inner: Arc<dyn ProvideCredentials>,
        source: String,
    ) -> Arc<dyn ProvideCredentials> {
        Arc::new(Labelled { inner, source })
    }
}

impl ProvideCredentials for Labelled {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let credentials = self.inner.provide_credentials().await?;
            Ok(credentials.with_source(self.source.clone()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Credentials;

    #[tokio::test]
    async fn the_label_replaces_the_inner_description() {
        let inner: Arc<dyn ProvideCredentials> =
            Arc::new(Credentials::new("id", "s").with_source("inner"));
        let labelled = Labelled::shared(inner, "outer".to_owned());
        let credentials = labelled.provide_credentials().await.unwrap();
        assert_eq!(credentials.source(), Some("outer"));
        assert_eq!(credentials.access_key_id(), "id");
    }
}
