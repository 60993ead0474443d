//! Where requests go: a national cloud and an API version.

use std::fmt;

/// A Microsoft Graph deployment (national cloud), by its service root.
///
/// ```
/// use graph_core::Cloud;
///
/// assert_eq!(Cloud::Global.base_url(), "https://graph.microsoft.com");
/// assert_eq!(Cloud::China.base_url(), "https://microsoftgraph.chinacloudapi.cn");
/// // A custom root (a proxy, a test server) is used as given, without a final `/`.
/// assert_eq!(Cloud::Custom("http://localhost:8080/".into()).base_url(), "http://localhost:8080");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum Cloud {
    /// The global service: `https://graph.microsoft.com`.
    #[default]
    Global,
    /// US Government L4: `https://graph.microsoft.us`.
    UsGovL4,
    /// US Government L5 (DoD): `https://dod-graph.microsoft.us`.
    UsGovL5Dod,
    /// China, operated by 21Vianet: `https://microsoftgraph.chinacloudapi.cn`.
    China,
    /// Any other service root, such as `http://localhost:8080` for a test
    /// server. Trailing slashes are ignored.
    Custom(String),
}

impl Cloud {
    /// The service root, without a trailing `/`.
    ///
    /// ```
    /// assert_eq!(graph_core::Cloud::UsGovL5Dod.base_url(), "https://dod-graph.microsoft.us");
    /// ```
    pub fn base_url(&self) -> &str {
        match self {
            Cloud::Global => "https://graph.microsoft.com",
            Cloud::UsGovL4 => "https://graph.microsoft.us",
            Cloud::UsGovL5Dod => "https://dod-graph.microsoft.us",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn",
            Cloud::Custom(url) => url.trim_end_matches('/'),
        }
    }
}

impl fmt::Display for Cloud {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.base_url())
    }
}

/// A version of the Graph API: the first segment of every path.
///
/// ```
/// use graph_core::ApiVersion;
///
/// assert_eq!(ApiVersion::V1.as_str(), "v1.0");
/// assert_eq!(ApiVersion::Beta.to_string(), "beta");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum ApiVersion {
    /// The stable API, `v1.0`.
    #[default]
    V1,
    /// The preview API, `beta`.
    Beta,
}

impl ApiVersion {
    /// The path segment of the version: `v1.0` or `beta`.
    ///
    /// ```
    /// assert_eq!(graph_core::ApiVersion::Beta.as_str(), "beta");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V1 => "v1.0",
            ApiVersion::Beta => "beta",
        }
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A cloud and an API version: the base URL that every path is put under,
/// and the starting point of every request (see [`Endpoint::get`]).
///
/// The default is the global cloud, `v1.0`.
///
/// ```
/// use graph_core::{ApiVersion, Cloud, Endpoint};
///
/// let endpoint = Endpoint::new(Cloud::Global, ApiVersion::Beta);
/// assert_eq!(endpoint.base_url(), "https://graph.microsoft.com/beta");
/// assert_eq!(
///     endpoint.url("/deviceManagement/managedDevices"),
///     "https://graph.microsoft.com/beta/deviceManagement/managedDevices",
/// );
/// assert_eq!(Endpoint::default().base_url(), "https://graph.microsoft.com/v1.0");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Endpoint {
    cloud: Cloud,
    version: ApiVersion,
    base_url: String,
}

impl Endpoint {
    /// The endpoint of `version` on `cloud`.
    ///
    /// ```
    /// use graph_core::{ApiVersion, Cloud, Endpoint};
    /// let endpoint = Endpoint::new(Cloud::UsGovL4, ApiVersion::V1);
    /// assert_eq!(endpoint.base_url(), "https://graph.microsoft.us/v1.0");
    /// ```
    pub fn new(cloud: Cloud, version: ApiVersion) -> Endpoint {
        let base_url = format!("{}/{}", cloud.base_url(), version.as_str());
        Endpoint {
            cloud,
            version,
            base_url,
        }
    }

    /// The cloud.
    ///
    /// ```
    /// use graph_core::{ApiVersion, Cloud, Endpoint};
    /// assert_eq!(Endpoint::new(Cloud::China, ApiVersion::V1).cloud(), &Cloud::China);
    /// ```
    pub fn cloud(&self) -> &Cloud {
        &self.cloud
    }

    /// The API version.
    ///
    /// ```
    /// use graph_core::{ApiVersion, Cloud, Endpoint};
    /// assert_eq!(Endpoint::new(Cloud::China, ApiVersion::Beta).version(), ApiVersion::Beta);
    /// ```
    pub fn version(&self) -> ApiVersion {
        self.version
    }

    /// The base URL: the service root and the version, without a trailing `/`
    /// (`https://graph.microsoft.com/beta`).
    ///
    /// ```
    /// use graph_core::{ApiVersion, Cloud, Endpoint};
    /// let endpoint = Endpoint::new(Cloud::China, ApiVersion::Beta);
    /// assert_eq!(endpoint.base_url(), "https://microsoftgraph.chinacloudapi.cn/beta");
    /// ```
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The full URL of a rendered path (one that starts with `/`, as
    /// [`PathTemplate::render`](crate::PathTemplate::render) returns it).
    ///
    /// ```
    /// use graph_core::{ApiVersion, Cloud, Endpoint};
    /// let endpoint = Endpoint::new(Cloud::UsGovL5Dod, ApiVersion::V1);
    /// assert_eq!(endpoint.url("/deviceManagement"), "https://dod-graph.microsoft.us/v1.0/deviceManagement");
    /// ```
    pub fn url(&self, path: &str) -> String {
        let mut url = String::with_capacity(self.base_url.len() + path.len());
        url.push_str(&self.base_url);
        url.push_str(path);
        url
    }
}

impl Default for Endpoint {
    fn default() -> Endpoint {
        Endpoint::new(Cloud::Global, ApiVersion::V1)
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.base_url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_of_every_cloud_and_version() {
        let cases = [
            (Cloud::Global, ApiVersion::V1, "https://graph.microsoft.com/v1.0"),
            (
                Cloud::Global,
                ApiVersion::Beta,
                "https://graph.microsoft.com/beta",
            ),
            (Cloud::UsGovL4, ApiVersion::V1, "https://graph.microsoft.us/v1.0"),
            (
                Cloud::UsGovL4,
                ApiVersion::Beta,
                "https://graph.microsoft.us/beta",
            ),
            (
                Cloud::UsGovL5Dod,
                ApiVersion::V1,
                "https://dod-graph.microsoft.us/v1.0",
            ),
            (
                Cloud::UsGovL5Dod,
                ApiVersion::Beta,
                "https://dod-graph.microsoft.us/beta",
            ),
            (
                Cloud::China,
                ApiVersion::V1,
                "https://microsoftgraph.chinacloudapi.cn/v1.0",
            ),
            (
                Cloud::China,
                ApiVersion::Beta,
                "https://microsoftgraph.chinacloudapi.cn/beta",
            ),
            (
                Cloud::Custom("http://127.0.0.1:3000//".into()),
                ApiVersion::Beta,
                "http://127.0.0.1:3000/beta",
            ),
        ];
        for (cloud, version, expected) in cases {
            let endpoint = Endpoint::new(cloud, version);
            assert_eq!(endpoint.base_url(), expected);
            assert_eq!(endpoint.to_string(), expected);
        }
    }

    #[test]
    fn url_appends_the_path() {
        let endpoint = Endpoint::new(Cloud::Global, ApiVersion::Beta);
        assert_eq!(
            endpoint.url("/a/b%2Fc"),
            "https://graph.microsoft.com/beta/a/b%2Fc"
        );
    }
}
