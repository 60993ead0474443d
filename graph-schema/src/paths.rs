//! The path templates under which the schema reaches an entity type.
//!
//! A path starts at an entity set (`/users/{userId}`) or a singleton
//! (`/deviceManagement`) and follows containment navigation properties
//! (`ContainsTarget="true"`): a collection adds `/{name}/{typeNameId}`, a
//! single-valued one adds `/{name}`. Placeholders are named as Graph's
//! docs name them: the navigation's declared type name, first letter
//! lowercase, then `Id` (`{managedDeviceId}`).
//!
//! Derived types: a navigation typed as a base type reaches every type
//! deriving from it, under the same path and the base type's placeholder
//! (`/deviceManagement/deviceConfigurations/{deviceConfigurationId}` is a
//! path of `androidCustomConfiguration`). A containment navigation that
//! only a derived type declares is followed through a cast segment, as the
//! docs write it
//! (`/deviceAppManagement/mobileApps/{mobileAppId}/microsoft.graph.mobileLobApp/contentVersions/{mobileAppContentId}`).
//!
//! Bounds: at most [`MAX_NAVIGATION_DEPTH`] navigation steps after the
//! root, and no declared type twice on one path (so no placeholder
//! twice); a path whose placeholder names would still repeat (two types
//! of one name in two namespaces) is left out, as the derive refuses it.
//! The result is sorted (fewer segments first, then by text) and free of
//! duplicates.

use std::collections::BTreeSet;

use crate::model::{short_name, Kind, Metadata, StructuredType, TypeName};

/// How many navigation steps a path may take after its entity set or
/// singleton.
pub const MAX_NAVIGATION_DEPTH: usize = 5;

/// The placeholder of an item of this type: `{managedDeviceId}`.
///
/// ```
/// assert_eq!(graph_schema::placeholder("microsoft.graph.managedDevice"), "{managedDeviceId}");
/// assert_eq!(graph_schema::placeholder("microsoft.graph.embeddedSIMActivationCodePool"), "{embeddedSIMActivationCodePoolId}");
/// ```
pub fn placeholder(type_name: &str) -> String {
    let short = short_name(type_name);
    let mut chars = short.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_lowercase().collect())
        .unwrap_or_default();
    format!("{{{first}{}Id}}", chars.as_str())
}

/// One way to go one step from a type.
struct Step<'a> {
    /// The segments: `name`, or `ns.derivedType/name` for a navigation
    /// only a derived type declares.
    segment: String,
    collection: bool,
    target: &'a StructuredType<'a>,
}

impl<'m> Metadata<'m> {
    /// Every path template under which the schema reaches an entity type
    /// (see the [module documentation](crate::paths) for the rules); empty
    /// for a complex type or a type no entity set or singleton reaches.
    ///
    /// ```
    /// let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="microsoft.graph">
    ///   <EntityType Name="entity" Abstract="true"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" /></EntityType>
    ///   <EntityType Name="deviceManagement" BaseType="microsoft.graph.entity">
    ///     <NavigationProperty Name="managedDevices" Type="Collection(microsoft.graph.managedDevice)" ContainsTarget="true" />
    ///   </EntityType>
    ///   <EntityType Name="managedDevice" BaseType="microsoft.graph.entity" />
    ///   <EntityContainer Name="GraphService"><Singleton Name="deviceManagement" Type="microsoft.graph.deviceManagement" /></EntityContainer>
    /// </Schema>"#)?;
    /// let device = metadata.structured_type("managedDevice").unwrap();
    /// assert_eq!(metadata.paths(device), ["/deviceManagement/managedDevices/{managedDeviceId}"]);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn paths(&self, ty: &StructuredType<'_>) -> Vec<String> {
        if ty.kind != Kind::Entity {
            return Vec::new();
        }
        let steps: Vec<Vec<Step<'_>>> = self
            .structured
            .iter()
            .map(|t| {
                if t.kind == Kind::Entity {
                    self.steps(t)
                } else {
                    Vec::new()
                }
            })
            .collect();
        let reaches = self.reaching(ty, &steps);
        let mut found = BTreeSet::new();
        let mut chain: Vec<&StructuredType<'_>> = Vec::new();
        let roots = self
            .entity_sets
            .iter()
            .map(|set| (set.name.as_ref(), &set.entity_type, true))
            .chain(self.singletons.iter().map(|s| (s.name.as_ref(), &s.ty, false)));
        for (name, root_type, collection) in roots {
            let Some(root) = self.structured_type(root_type) else {
                continue;
            };
            let Some(i) = self.index_of(root) else {
                continue;
            };
            if !reaches.contains(&i) {
                continue;
            }
            let mut path = format!("/{name}");
            if collection {
                path.push('/');
                path.push_str(&placeholder(root.name.name()));
            }
            chain.push(root);
            self.walk(ty, root, &mut path, &mut chain, (&reaches, &steps), &mut found);
            chain.pop();
        }
        let mut paths: Vec<String> = found.into_iter().collect();
        paths.sort_by(|a, b| {
            a.matches('/')
                .count()
                .cmp(&b.matches('/').count())
                .then_with(|| a.cmp(b))
        });
        paths
    }

    /// The entity types whose items live under an entity set or singleton:
    /// its type, and every type that containment navigations reach from it
    /// (with the types deriving from each), sorted by name.
    ///
    /// ```
    /// let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
    ///   <EntityType Name="root"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" />
    ///     <NavigationProperty Name="items" Type="Collection(ns.item)" ContainsTarget="true" /></EntityType>
    ///   <EntityType Name="item"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" /></EntityType>
    ///   <EntityType Name="special" BaseType="ns.item" />
    ///   <EntityContainer Name="c"><Singleton Name="top" Type="ns.root" /></EntityContainer>
    /// </Schema>"#)?;
    /// let names: Vec<_> = metadata.types_under("top").iter().map(|t| t.name.to_string()).collect();
    /// assert_eq!(names, ["ns.item", "ns.root", "ns.special"]);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn types_under(&self, root: &str) -> Vec<&StructuredType<'m>> {
        let start = self
            .entity_sets
            .iter()
            .find(|s| s.name == root)
            .map(|s| &s.entity_type)
            .or_else(|| self.singletons.iter().find(|s| s.name == root).map(|s| &s.ty));
        let mut found: BTreeSet<&TypeName<'_>> = BTreeSet::new();
        let mut queue: Vec<&StructuredType<'_>> =
            start.and_then(|t| self.structured_type(t)).into_iter().collect();
        while let Some(ty) = queue.pop() {
            for member in self.family(ty) {
                if found.insert(&member.name) {
                    queue.extend(self.steps(member).into_iter().map(|step| step.target));
                }
            }
        }
        found
            .into_iter()
            .filter_map(|name| self.structured_type(name))
            .collect()
    }

    fn walk<'a>(
        &'a self,
        target: &StructuredType<'_>,
        at: &'a StructuredType<'a>,
        path: &mut String,
        chain: &mut Vec<&'a StructuredType<'a>>,
        (reaches, steps): (&BTreeSet<usize>, &'a [Vec<Step<'a>>]),
        found: &mut BTreeSet<String>,
    ) {
        if self.derives_from(target, at) && unique_placeholders(path) {
            found.insert(path.clone());
        }
        if chain.len() > MAX_NAVIGATION_DEPTH {
            return;
        }
        let Some(here) = self.index_of(at).and_then(|i| steps.get(i)) else {
            return;
        };
        for step in here {
            let Some(i) = self.index_of(step.target) else {
                continue;
            };
            if !reaches.contains(&i) || chain.iter().any(|t| t.name == step.target.name) {
                continue;
            }
            let length = path.len();
            path.push('/');
            path.push_str(&step.segment);
            if step.collection {
                path.push('/');
                path.push_str(&placeholder(step.target.name.name()));
            }
            chain.push(step.target);
            self.walk(target, step.target, path, chain, (reaches, steps), found);
            chain.pop();
            path.truncate(length);
        }
    }

    /// The containment navigations from an item of declared type `ty`: its
    /// own and inherited ones, then those its derived types declare.
    fn steps<'a>(&'a self, ty: &'a StructuredType<'a>) -> Vec<Step<'a>> {
        let mut steps = Vec::new();
        for navigation in self.all_navigation(ty) {
            if let (true, Some(target)) = (
                navigation.contains_target,
                self.structured_type(&navigation.ty.name),
            ) {
                steps.push(Step {
                    segment: navigation.name.to_string(),
                    collection: navigation.ty.collection,
                    target,
                });
            }
        }
        for derived in self.family(ty).into_iter().skip(1) {
            for navigation in &derived.navigation {
                if let (true, Some(target)) = (
                    navigation.contains_target,
                    self.structured_type(&navigation.ty.name),
                ) {
                    steps.push(Step {
                        segment: format!("{}/{}", derived.name, navigation.name),
                        collection: navigation.ty.collection,
                        target,
                    });
                }
            }
        }
        steps
    }

    /// The indices of the types from which a containment walk can reach
    /// `ty`: its ancestors (a navigation typed as a base reaches it), and
    /// every type with a step into one of those, to a fixpoint.
    fn reaching(&self, ty: &StructuredType<'_>, steps: &[Vec<Step<'_>>]) -> BTreeSet<usize> {
        let mut reaches: BTreeSet<usize> = self.ancestry(ty).filter_map(|t| self.index_of(t)).collect();
        loop {
            let before = reaches.len();
            for (i, candidate) in steps.iter().enumerate() {
                if reaches.contains(&i) {
                    continue;
                }
                let reaches_one = candidate
                    .iter()
                    .any(|step| self.index_of(step.target).is_some_and(|t| reaches.contains(&t)));
                if reaches_one {
                    reaches.insert(i);
                }
            }
            if reaches.len() == before {
                return reaches;
            }
        }
    }
}

fn unique_placeholders(path: &str) -> bool {
    let mut seen = BTreeSet::new();
    path.split('/')
        .filter(|segment| segment.starts_with('{'))
        .all(|segment| seen.insert(segment))
}
