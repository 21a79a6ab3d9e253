//! STS `AssumeRole` and `AssumeRoleWithOIDC` (2015-04-01), and the provider that assumes a RAM
//! role with other credentials.

use std::fmt;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Deserializer};

use super::config::{Env, ROLE_SESSION_NAME_VAR, STS_REGION_VAR, VPC_ENDPOINT_ENABLED_VAR};
use super::fetch::parse_expiration;
use super::value::problem;
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::client::Client;
use crate::protocol::{Format, SignatureVersion};
use crate::secret::Secret;

/// The global STS host.
pub const DEFAULT_STS_ENDPOINT: &str = "sts.aliyuncs.com";
/// The `DurationSeconds` asked for when none is configured.
pub const DEFAULT_DURATION_SECONDS: u32 = 3600;
/// The smallest `DurationSeconds` STS accepts.
pub const MIN_DURATION_SECONDS: u32 = 900;

/// STS `AssumeRole` (2015-04-01): temporary credentials of a RAM role, for a caller with an
/// AccessKey. <https://www.alibabacloud.com/help/en/ram/developer-reference/api-sts-2015-04-01-assumerole>
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "AssumeRole", response = AssumeRoleResponse)]
#[rpc(version = "2015-04-01", endpoint = "sts.aliyuncs.com")]
#[non_exhaustive]
pub struct AssumeRole {
    /// `RoleArn`: `acs:ram::<account>:role/<name>`.
    #[rpc(non_empty)]
    pub role_arn: String,
    /// `RoleSessionName`: names the session in audit logs.
    #[rpc(non_empty, max_len = 64)]
    pub role_session_name: String,
    /// `DurationSeconds`: how long the credentials last.
    #[rpc(min = 900)]
    pub duration_seconds: Option<u32>,
    /// `Policy`: a JSON policy that narrows the role's permissions.
    pub policy: Option<String>,
    /// `ExternalId`: the role's external id, when its trust policy asks for one.
    pub external_id: Option<String>,
}

/// STS `AssumeRoleWithOIDC` (2015-04-01): temporary credentials of a RAM role for the holder of
/// an OIDC token; sent unsigned. <https://www.alibabacloud.com/help/en/ram/developer-reference/api-sts-2015-04-01-assumerolewithoidc>
///
/// `Debug` hides the token.
#[derive(Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "AssumeRoleWithOIDC", response = AssumeRoleResponse)]
#[rpc(version = "2015-04-01", endpoint = "sts.aliyuncs.com")]
#[non_exhaustive]
pub struct AssumeRoleWithOidc {
    /// `RoleArn`.
    #[rpc(non_empty)]
    pub role_arn: String,
    /// `OIDCProviderArn`.
    #[rpc(rename = "OIDCProviderArn", non_empty)]
    pub oidc_provider_arn: String,
    /// `OIDCToken`: the token file's contents.
    #[rpc(rename = "OIDCToken", non_empty)]
    pub oidc_token: String,
    /// `RoleSessionName`.
    #[rpc(non_empty, max_len = 64)]
    pub role_session_name: String,
    /// `DurationSeconds`.
    #[rpc(min = 900)]
    pub duration_seconds: Option<u32>,
    /// `Policy`.
    pub policy: Option<String>,
}

impl fmt::Debug for AssumeRoleWithOidc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssumeRoleWithOidc")
            .field("role_arn", &self.role_arn)
            .field("oidc_provider_arn", &self.oidc_provider_arn)
            .field("oidc_token", &crate::secret::REDACTED)
            .field("role_session_name", &self.role_session_name)
            .field("duration_seconds", &self.duration_seconds)
            .field("policy", &self.policy)
            .finish()
    }
}

/// The answer of `AssumeRole` and `AssumeRoleWithOIDC`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct AssumeRoleResponse {
    /// `RequestId`.
    #[serde(default)]
    pub request_id: Option<String>,
    /// `Credentials`.
    pub credentials: StsCredentials,
    /// `AssumedRoleUser`.
    #[serde(default)]
    pub assumed_role_user: Option<AssumedRoleUser>,
}

/// `Credentials` of an STS answer. The secret and token are [`Secret`]s.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct StsCredentials {
    /// `AccessKeyId` (`STS.…`).
    pub access_key_id: String,
    /// `AccessKeySecret`.
    #[serde(deserialize_with = "secret")]
    pub access_key_secret: Secret,
    /// `SecurityToken`.
    #[serde(deserialize_with = "secret")]
    pub security_token: Secret,
    /// `Expiration`: `YYYY-MM-DDThh:mm:ssZ`.
    pub expiration: String,
}

impl StsCredentials {
    /// The credentials to sign with, expiring at `Expiration`.
    ///
    /// The id, secret and token must be printable ASCII, as real ones are.
    pub fn into_credentials(self) -> Result<Credentials, CredentialsError> {
        let expiration = parse_expiration("STS", &self.expiration)?;
        for (name, value) in [
            ("AccessKeyId", self.access_key_id.as_str()),
            ("AccessKeySecret", self.access_key_secret.expose()),
            ("SecurityToken", self.security_token.expose()),
        ] {
            if let Some(problem) = problem(value) {
                return Err(CredentialsError::Unavailable(format!(
                    "STS answered with an `{name}` that {problem}"
                )));
            }
        }
        Ok(Credentials::new(self.access_key_id, self.access_key_secret)
            .with_security_token(self.security_token)
            .with_expiration(expiration))
    }
}

/// `AssumedRoleUser` of an `AssumeRole` answer.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct AssumedRoleUser {
    /// `Arn`: `acs:ram::<account>:role/<role>/<session>`.
    #[serde(default)]
    pub arn: Option<String>,
    /// `AssumedRoleId`.
    #[serde(default)]
    pub assumed_role_id: Option<String>,
}

fn secret<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Secret, D::Error> {
    String::deserialize(deserializer).map(Secret::from)
}

/// The STS host for a region: `sts.aliyuncs.com` without one, `sts.<region>.aliyuncs.com`, or
/// `sts-vpc.<region>.aliyuncs.com` from inside a VPC.
pub fn sts_endpoint(region: Option<&str>, vpc: bool) -> String {
    match region.filter(|region| !region.is_empty()) {
        Some(region) if vpc => format!("sts-vpc.{region}.aliyuncs.com"),
        Some(region) => format!("sts.{region}.aliyuncs.com"),
        None => DEFAULT_STS_ENDPOINT.to_owned(),
    }
}

/// Where STS calls go: a fixed URL, or a host from region and VPC settings (falling back to
/// `ALIBABA_CLOUD_STS_REGION` and `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`).
#[derive(Debug, Clone, Default)]
pub(crate) struct StsTarget {
    pub(crate) url: Option<String>,
    pub(crate) region: Option<String>,
    pub(crate) vpc: Option<bool>,
}

impl StsTarget {
    pub(crate) fn resolve(&self, env: &Env) -> String {
        if let Some(url) = &self.url {
            return url.clone();
        }
        let region = self.region.clone().or_else(|| env.get(STS_REGION_VAR));
        let vpc = self
            .vpc
            .unwrap_or_else(|| env.is_true(VPC_ENDPOINT_ENABLED_VAR));
        sts_endpoint(region.as_deref(), vpc)
    }
}

/// The settings every STS credential provider shares: the session's name, how long it lasts,
/// what it may do, where STS is, and the environment the defaults come from.
#[derive(Debug, Clone)]
pub(crate) struct StsSession {
    pub(crate) role_session_name: Option<String>,
    pub(crate) duration_seconds: u32,
    pub(crate) policy: Option<String>,
    pub(crate) target: StsTarget,
    pub(crate) env: Env,
}

impl Default for StsSession {
    fn default() -> StsSession {
        StsSession {
            role_session_name: None,
            duration_seconds: DEFAULT_DURATION_SECONDS,
            policy: None,
            target: StsTarget::default(),
            env: Env::process(),
        }
    }
}

impl StsSession {
    /// Checks the settings and builds the client for the STS endpoint they name.
    pub(crate) fn connect(
        self,
        source: Option<Arc<dyn ProvideCredentials>>,
    ) -> Result<(StsSession, Client), CredentialsError> {
        check_duration(self.duration_seconds)?;
        let client = sts_client(&self.target.resolve(&self.env), source)?;
        Ok((self, client))
    }

    /// The `RoleSessionName` to send.
    pub(crate) fn session_name(&self) -> String {
        session_name(self.role_session_name.as_deref(), &self.env)
    }
}

/// A client for STS: V1 signatures, JSON, the action's parameters in a form body.
pub(crate) fn sts_client(
    endpoint: &str,
    source: Option<Arc<dyn ProvideCredentials>>,
) -> Result<Client, CredentialsError> {
    let mut builder = Client::builder()
        .endpoint(endpoint)
        .signature_version(SignatureVersion::V1)
        .format(Format::Json)
        .max_query_bytes(0)
        .user_agent_suffix("credentials");
    if let Some(source) = source {
        builder = builder.credentials(source);
    }
    builder.build().map_err(|error| {
        CredentialsError::Invalid(format!("the STS endpoint is unusable: {error}"))
    })
}

/// Describes a failed STS call. The client keeps secrets out of its errors; this adds the role.
/// The credentials of an STS answer to `action` for `role_arn`, or why there are none.
pub(crate) fn assumed(
    answer: Result<AssumeRoleResponse, crate::Error>,
    action: &str,
    role_arn: &str,
) -> Result<Credentials, CredentialsError> {
    let response = answer.map_err(|error| sts_failure(action, role_arn, error))?;
    response.credentials.into_credentials()
}

pub(crate) fn sts_failure(action: &str, role_arn: &str, error: crate::Error) -> CredentialsError {
    match error {
        crate::Error::Credentials(source) => CredentialsError::Unavailable(format!(
            "{action} for `{role_arn}` had no source credentials: {source}"
        )),
        other => {
            CredentialsError::Unavailable(format!("{action} for `{role_arn}` failed: {other}"))
        }
    }
}

/// `RoleSessionName` when none is configured: `ALIBABA_CLOUD_ROLE_SESSION_NAME`, else
/// `aliyun-rpc-<milliseconds since the epoch>`.
pub(crate) fn session_name(configured: Option<&str>, env: &Env) -> String {
    if let Some(name) = configured.filter(|name| !name.is_empty()) {
        return name.to_owned();
    }
    env.get(ROLE_SESSION_NAME_VAR).unwrap_or_else(|| {
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_millis());
        format!("aliyun-rpc-{millis}")
    })
}

pub(crate) fn check_duration(duration_seconds: u32) -> Result<u32, CredentialsError> {
    if duration_seconds < MIN_DURATION_SECONDS {
        return Err(CredentialsError::Invalid(format!(
            "DurationSeconds must be at least {MIN_DURATION_SECONDS}, not {duration_seconds}"
        )));
    }
    Ok(duration_seconds)
}

/// The settings every STS provider builder shares, kept in its `session` ([`StsSession`]).
macro_rules! session_settings {
    ($builder:ty) => {
        /// `RoleSessionName` (default: `ALIBABA_CLOUD_ROLE_SESSION_NAME`, else
        /// `aliyun-rpc-<milliseconds>`).
        pub fn role_session_name(mut self, name: impl Into<String>) -> $builder {
            self.session.role_session_name = Some(name.into());
            self
        }

        /// `DurationSeconds` (default 3600, at least 900).
        pub fn duration_seconds(mut self, seconds: u32) -> $builder {
            self.session.duration_seconds = seconds;
            self
        }

        /// `Policy`: narrows the role's permissions.
        pub fn policy(mut self, policy: impl Into<String>) -> $builder {
            self.session.policy = Some(policy.into());
            self
        }

        /// Calls STS in `region` (`sts.<region>.aliyuncs.com`).
        pub fn sts_region(mut self, region: impl Into<String>) -> $builder {
            self.session.target.region = Some(region.into());
            self
        }

        /// Calls the VPC endpoint of the region (`sts-vpc.<region>.aliyuncs.com`).
        pub fn vpc_endpoint(mut self, enabled: bool) -> $builder {
            self.session.target.vpc = Some(enabled);
            self
        }

        /// Calls STS at `url` (`http://127.0.0.1:8080/`, or a bare host), whatever the region
        /// says.
        pub fn sts_endpoint(mut self, url: impl Into<String>) -> $builder {
            self.session.target.url = Some(url.into());
            self
        }

        /// Reads `ALIBABA_CLOUD_STS_REGION`, `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED` and
        /// `ALIBABA_CLOUD_ROLE_SESSION_NAME` from `env` (default: the process environment).
        pub fn env(mut self, env: Env) -> $builder {
            self.session.env = env;
            self
        }

        /// Replaces every shared STS setting at once (how a profile configures the provider).
        pub(crate) fn session(mut self, session: StsSession) -> $builder {
            self.session = session;
            self
        }
    };
}
pub(crate) use session_settings;

/// Assumes a RAM role with other credentials (`AssumeRole`, signed with V1 by the source
/// credentials) on every call; wrap it in a [`CachedProvider`](super::CachedProvider).
#[derive(Debug)]
pub struct RamRoleArnProvider {
    role_arn: String,
    external_id: Option<String>,
    session: StsSession,
    client: Client,
}

/// Configures a [`RamRoleArnProvider`].
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct RamRoleArnProviderBuilder {
    source: Arc<dyn ProvideCredentials>,
    role_arn: String,
    external_id: Option<String>,
    session: StsSession,
}

impl RamRoleArnProvider {
    /// Assumes `role_arn` with the credentials `source` provides.
    pub fn builder(
        source: impl ProvideCredentials + 'static,
        role_arn: impl Into<String>,
    ) -> RamRoleArnProviderBuilder {
        RamRoleArnProviderBuilder {
            source: Arc::new(source),
            role_arn: role_arn.into(),
            external_id: None,
            session: StsSession::default(),
        }
    }

    /// The role assumed.
    pub fn role_arn(&self) -> &str {
        &self.role_arn
    }

    /// Calls `AssumeRole` now.
    pub async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let mut action = AssumeRole::new(self.role_arn.clone(), self.session.session_name());
        action.duration_seconds = Some(self.session.duration_seconds);
        action.policy.clone_from(&self.session.policy);
        action.external_id.clone_from(&self.external_id);
        assumed(
            self.client.call(&action).await,
            "AssumeRole",
            &self.role_arn,
        )
        .map(|credentials| {
            credentials.with_source(format!("RAM role `{}` (AssumeRole)", self.role_arn))
        })
    }
}

impl RamRoleArnProviderBuilder {
    session_settings!(RamRoleArnProviderBuilder);

    /// `ExternalId`.
    pub fn external_id(mut self, external_id: impl Into<String>) -> RamRoleArnProviderBuilder {
        self.external_id = Some(external_id.into());
        self
    }

    /// Checks the settings and builds the provider.
    pub fn build(self) -> Result<RamRoleArnProvider, CredentialsError> {
        if self.role_arn.is_empty() {
            return Err(CredentialsError::Missing("RoleArn".to_owned()));
        }
        let (session, client) = self.session.connect(Some(self.source))?;
        Ok(RamRoleArnProvider {
            role_arn: self.role_arn,
            external_id: self.external_id,
            session,
            client,
        })
    }
}

provide_credentials_by!(RamRoleArnProvider, fetch);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RpcAction;

    #[test]
    fn endpoints_follow_region_and_vpc() {
        assert_eq!(sts_endpoint(None, false), "sts.aliyuncs.com");
        assert_eq!(sts_endpoint(None, true), "sts.aliyuncs.com");
        assert_eq!(
            sts_endpoint(Some("cn-beijing"), false),
            "sts.cn-beijing.aliyuncs.com"
        );
        assert_eq!(
            sts_endpoint(Some("cn-beijing"), true),
            "sts-vpc.cn-beijing.aliyuncs.com"
        );
    }

    #[test]
    fn the_environment_picks_the_region_unless_configured() {
        let env = Env::from_pairs([
            (STS_REGION_VAR, "cn-shanghai"),
            (VPC_ENDPOINT_ENABLED_VAR, "true"),
        ]);
        assert_eq!(
            StsTarget::default().resolve(&env),
            "sts-vpc.cn-shanghai.aliyuncs.com"
        );
        let explicit = StsTarget {
            region: Some("ap-southeast-1".into()),
            vpc: Some(false),
            url: None,
        };
        assert_eq!(explicit.resolve(&env), "sts.ap-southeast-1.aliyuncs.com");
        let fixed = StsTarget {
            url: Some("http://127.0.0.1:1/".into()),
            ..explicit
        };
        assert_eq!(fixed.resolve(&env), "http://127.0.0.1:1/");
    }

    #[test]
    fn the_actions_declare_sts_2015_04_01() {
        assert_eq!(AssumeRole::ACTION, "AssumeRole");
        assert_eq!(AssumeRole::VERSION, "2015-04-01");
        assert_eq!(AssumeRole::ENDPOINT, DEFAULT_STS_ENDPOINT);
        assert_eq!(AssumeRoleWithOidc::ACTION, "AssumeRoleWithOIDC");
        assert_eq!(AssumeRoleWithOidc::VERSION, "2015-04-01");
    }

    #[test]
    fn the_oidc_action_hides_its_token() {
        let action = AssumeRoleWithOidc::new("arn", "provider", "TOKEN-SENTINEL", "session");
        assert!(!format!("{action:?}").contains("TOKEN-SENTINEL"));
    }

    #[test]
    fn session_names_default_to_the_environment_then_a_timestamp() {
        let empty = Env::from_pairs::<&str, &str>([]);
        assert_eq!(session_name(Some("mine"), &empty), "mine");
        assert!(session_name(None, &empty).starts_with("aliyun-rpc-"));
        let env = Env::from_pairs([(ROLE_SESSION_NAME_VAR, "from-env")]);
        assert_eq!(session_name(None, &env), "from-env");
    }

    #[test]
    fn short_durations_are_refused() {
        let error = RamRoleArnProvider::builder(Credentials::new("id", "s"), "acs:ram::1:role/r")
            .duration_seconds(899)
            .env(Env::from_pairs::<&str, &str>([]))
            .build()
            .unwrap_err();
        assert!(error.to_string().contains("at least 900"));
    }
}
