//! Reading CSDL with quick-xml's streaming reader.
//!
//! One pass over the events with a stack of what each open element is;
//! out-of-line annotations and every type name are resolved once the whole
//! document is read (aliases and types may be declared after their use).
//! Only the five predefined XML entities and character references are
//! expanded; a DOCTYPE is skipped, never read.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::model::{
    Counts, EntitySet, EnumMember, EnumType, Kind, Metadata, Namespace, NavigationProperty, Property,
    Singleton, StructuredType, TypeIndex, TypeRef,
};

/// Elements nested deeper than this are an error (CSDL needs about a dozen
/// levels).
pub const MAX_DEPTH: usize = 100;

/// Attribute values longer than this (in bytes) are an error (Graph's
/// longest description is a few kilobytes).
pub const MAX_ATTRIBUTE_LEN: usize = 1 << 20;

/// Why a document could not be read, and where.
///
/// ```
/// let error = graph_schema::Metadata::parse("<Schema Namespace=\"ns\">\n  <ComplexType Name=\"a\" BaseType=\"ns.b\" />\n</Schema>").unwrap_err();
/// assert_eq!((error.line, error.column), (2, 3));
/// assert_eq!(error.to_string(), "line 2, column 3: base type `ns.b` of `ns.a` is not declared");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for ParseError {}

/// The line and column (both 1-based, the column in characters) of a byte
/// offset of `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column_text = &before[line_start..];
    let column_text = column_text.strip_prefix('\u{feff}').unwrap_or(column_text);
    (line, column_text.chars().count() + 1)
}

#[derive(Clone, Copy)]
enum Frame {
    Other,
    Schema,
    Type(usize),
    Key(usize),
    Property(usize, usize),
    Navigation(usize, usize),
    Enum(usize),
    Member(usize, usize),
    Container,
    Annotations,
    Annotation,
    /// `<Bool>`, `<String>` or `<EnumMember>` inside an annotation: its
    /// text is the annotation's value.
    AnnotationValue,
    Reference,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Term {
    Computed,
    Permissions,
    Description,
    LongDescription,
    Other,
}

#[derive(Clone, Copy)]
enum Target {
    /// An out-of-line annotation: applied once every type is known.
    Pending,
    Type(usize),
    Property(usize, usize),
    Navigation(usize, usize),
    Enum(usize),
    Member(usize, usize),
}

struct OpenAnnotation {
    term: Term,
    target: Target,
    value: Option<String>,
}

struct Pending {
    target: String,
    term: Term,
    value: Option<String>,
    at: usize,
}

struct Parser<'a> {
    text: &'a str,
    metadata: Metadata,
    stack: Vec<Frame>,
    namespace: String,
    /// Namespace aliases: from `Schema` and `edmx:Include` elements.
    aliases: Vec<(String, String)>,
    /// The open `Annotations` block's target: resolved if its type is
    /// already read, else its text, applied at the end.
    annotations_target: Option<(Option<Target>, String, usize)>,
    annotation: Option<OpenAnnotation>,
    annotation_depth: usize,
    pending: Vec<Pending>,
    /// Where each entity set and singleton was declared.
    container_at: Vec<usize>,
    decoder: quick_xml::encoding::Decoder,
    /// A name was in no namespace or alias known when it was read.
    unresolved: bool,
}

impl Metadata {
    /// Reads a CSDL document (`$metadata`).
    ///
    /// A byte order mark, unknown elements and vocabularies are fine.
    /// Malformed XML, a type whose base type or a property whose type is
    /// not declared, elements nested deeper than [`MAX_DEPTH`] and
    /// attribute values longer than [`MAX_ATTRIBUTE_LEN`] bytes are errors
    /// with a line and column. No entity other than the five predefined
    /// ones is expanded and nothing is fetched.
    ///
    /// ```
    /// let error = graph_schema::Metadata::parse("<Schema Namespace=\"ns\">").unwrap_err();
    /// assert_eq!(error.to_string(), "line 1, column 1: unexpected end of document: `<Schema>` is not closed");
    /// ```
    pub fn parse(text: &str) -> Result<Metadata, ParseError> {
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let body = text.get(bom..).unwrap_or_default();
        let mut reader = Reader::from_str(body);
        let mut parser = Parser {
            decoder: reader.decoder(),
            unresolved: false,
            text,
            metadata: Metadata {
                index: crate::model::NameMap::with_capacity_and_hasher(4096, Default::default()),
                ..Metadata::default()
            },
            stack: Vec::with_capacity(32),
            namespace: String::new(),
            aliases: Vec::new(),
            annotations_target: None,
            annotation: None,
            annotation_depth: 0,
            pending: Vec::new(),
            container_at: Vec::new(),
        };
        let mut open_at: Vec<usize> = Vec::with_capacity(32);
        loop {
            let at = bom + reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(error) => {
                    let position = bom + reader.error_position() as usize;
                    return Err(parser.error(position, format!("malformed XML: {error}")));
                }
            };
            match event {
                Event::Start(element) => {
                    if parser.stack.len() >= MAX_DEPTH {
                        return Err(
                            parser.error(at, format!("elements nested deeper than {MAX_DEPTH} levels"))
                        );
                    }
                    let frame = parser.open(&element, at)?;
                    parser.stack.push(frame);
                    open_at.push(at);
                }
                Event::Empty(element) => {
                    if parser.stack.len() >= MAX_DEPTH {
                        return Err(
                            parser.error(at, format!("elements nested deeper than {MAX_DEPTH} levels"))
                        );
                    }
                    let frame = parser.open(&element, at)?;
                    parser.close(frame, at)?;
                }
                Event::End(_) => {
                    open_at.pop();
                    if let Some(frame) = parser.stack.pop() {
                        parser.close(frame, at)?;
                    }
                }
                Event::Text(text) => {
                    if let Some(Frame::AnnotationValue) = parser.stack.last() {
                        let decoded = text
                            .decode()
                            .map_err(|error| parser.error(at, format!("malformed XML: {error}")))?;
                        parser.annotation_text(&decoded);
                    }
                }
                Event::CData(data) => {
                    if let Some(Frame::AnnotationValue) = parser.stack.last() {
                        let decoded = data
                            .decode()
                            .map_err(|error| parser.error(at, format!("malformed XML: {error}")))?;
                        parser.annotation_text(&decoded);
                    }
                }
                Event::GeneralRef(reference) => {
                    let name = reference
                        .decode()
                        .map_err(|error| parser.error(at, format!("malformed XML: {error}")))?;
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(c)) => Cow::Owned(c.to_string()),
                        Ok(None) => match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(text) => Cow::Borrowed(text),
                            None => return Err(parser.error(at, unknown_entity(&name))),
                        },
                        Err(error) => return Err(parser.error(at, format!("malformed XML: {error}"))),
                    };
                    if let Some(Frame::AnnotationValue) = parser.stack.last() {
                        parser.annotation_text(&resolved);
                    }
                }
                Event::Eof => break,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
        if let (Some(&at), Some(&frame)) = (open_at.last(), parser.stack.last()) {
            let _ = frame;
            let name = element_name(text, at);
            return Err(parser.error(
                at,
                format!("unexpected end of document: `<{name}>` is not closed"),
            ));
        }
        parser.finish()
    }
}

fn unknown_entity(name: &str) -> String {
    format!("unknown entity `&{name};` (only the five XML entities and character references are read)")
}

/// The name of the element that starts at `at` (for messages).
fn element_name(text: &str, at: usize) -> &str {
    let rest = text.get(at + 1..).unwrap_or_default();
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(rest.len())
        .min(64);
    let mut end = end;
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    &rest[..end]
}

/// Reads the attributes an element's handling needs, in one pass.
fn attributes<'e, const N: usize>(
    parser: &Parser<'_>,
    element: &'e BytesStart<'_>,
    names: [&[u8]; N],
    at: usize,
) -> Result<[Option<Cow<'e, str>>; N], ParseError> {
    let mut out: [Option<Cow<'e, str>>; N] = std::array::from_fn(|_| None);
    for attribute in element.attributes() {
        let attribute = attribute.map_err(|error| {
            let message = match error {
                quick_xml::events::attributes::AttrError::Duplicated(_, _) => format!(
                    "malformed XML: an attribute of `<{}>` is repeated",
                    String::from_utf8_lossy(element.local_name().into_inner())
                ),
                error => format!("malformed XML: {error}"),
            };
            parser.error(at, message)
        })?;
        let key = attribute.key.local_name().into_inner();
        if attribute.value.len() > MAX_ATTRIBUTE_LEN {
            return Err(parser.error(
                at,
                format!(
                    "attribute `{}` of `<{}>` is {} bytes long; the limit is {MAX_ATTRIBUTE_LEN}",
                    String::from_utf8_lossy(key),
                    String::from_utf8_lossy(element.local_name().into_inner()),
                    attribute.value.len()
                ),
            ));
        }
        if let Some(slot) = names.iter().position(|name| *name == key) {
            let value = attribute
                .decode_and_unescape_value(parser.decoder)
                .map_err(|error| {
                    let message = match error {
                        quick_xml::Error::Escape(quick_xml::escape::EscapeError::UnrecognizedEntity(
                            _,
                            name,
                        )) => unknown_entity(&name),
                        error => format!("malformed XML: {error}"),
                    };
                    parser.error(at, message)
                })?;
            if let Some(out_slot) = out.get_mut(slot) {
                *out_slot = Some(value);
            }
        }
    }
    Ok(out)
}

fn flag(value: &Option<Cow<'_, str>>) -> bool {
    value.as_deref() == Some("true")
}

impl Parser<'_> {
    fn error(&self, at: usize, message: String) -> ParseError {
        let (line, column) = line_column(self.text, at);
        ParseError {
            line,
            column,
            message,
        }
    }

    fn required(
        &self,
        value: Option<Cow<'_, str>>,
        attribute: &str,
        element: &str,
        at: usize,
    ) -> Result<String, ParseError> {
        match value {
            Some(value) => Ok(value.into_owned()),
            None => Err(self.error(at, format!("`<{element}>` has no `{attribute}` attribute"))),
        }
    }

    fn open(&mut self, element: &BytesStart<'_>, at: usize) -> Result<Frame, ParseError> {
        let parent = self.stack.last().copied().unwrap_or(Frame::Other);
        let name = element.local_name();
        let name = name.into_inner();
        if self.annotation_depth > 0 {
            // Inside an annotation: only its value elements matter.
            return Ok(match (name, parent) {
                (b"Bool" | b"String" | b"EnumMember", Frame::Annotation) if self.annotation_depth == 1 => {
                    Frame::AnnotationValue
                }
                (b"Annotation", _) => {
                    self.annotation_depth += 1;
                    Frame::Annotation
                }
                _ => Frame::Other,
            });
        }
        let frame = match (name, parent) {
            (b"Schema", _) => {
                let [namespace, alias] = attributes(self, element, [b"Namespace", b"Alias"], at)?;
                let namespace = self.required(namespace, "Namespace", "Schema", at)?;
                if let Some(alias) = &alias {
                    self.aliases.push((alias.to_string(), namespace.clone()));
                }
                self.metadata.namespaces.push(Namespace {
                    name: namespace.clone(),
                    alias: alias.map(Cow::into_owned),
                });
                self.metadata.counts.schemas += 1;
                self.namespace = namespace;
                Frame::Schema
            }
            (b"Reference", _) => Frame::Reference,
            (b"Include", Frame::Reference) => {
                let [namespace, alias] = attributes(self, element, [b"Namespace", b"Alias"], at)?;
                if let (Some(namespace), Some(alias)) = (namespace, alias) {
                    self.aliases.push((alias.into_owned(), namespace.into_owned()));
                }
                Frame::Other
            }
            (b"EntityType" | b"ComplexType", Frame::Schema) => {
                let [type_name, base, is_abstract, open, has_stream] = attributes(
                    self,
                    element,
                    [b"Name", b"BaseType", b"Abstract", b"OpenType", b"HasStream"],
                    at,
                )?;
                let kind = if name == b"EntityType" {
                    Kind::Entity
                } else {
                    Kind::Complex
                };
                let element_name = if kind == Kind::Entity {
                    "EntityType"
                } else {
                    "ComplexType"
                };
                let type_name = self.required(type_name, "Name", element_name, at)?;
                match kind {
                    Kind::Entity => self.metadata.counts.entity_types += 1,
                    Kind::Complex => self.metadata.counts.complex_types += 1,
                }
                let base = base.map(|base| self.qualify(&base));
                let qualified = format!("{}.{type_name}", self.namespace);
                let index = TypeIndex::Structured(self.metadata.structured.len());
                if self.metadata.index.insert(qualified.clone(), index).is_some() {
                    return Err(self.error(at, format!("type `{qualified}` is declared twice")));
                }
                self.metadata.structured.push(StructuredType {
                    name: qualified,
                    kind,
                    base,
                    is_abstract: flag(&is_abstract),
                    open: flag(&open),
                    has_stream: flag(&has_stream),
                    key: Vec::new(),
                    properties: Vec::new(),
                    navigation: Vec::new(),
                    description: None,
                    long_description: None,
                    at,
                });
                Frame::Type(self.metadata.structured.len() - 1)
            }
            (b"Key", Frame::Type(t)) => Frame::Key(t),
            (b"PropertyRef", Frame::Key(t)) => {
                let [property] = attributes(self, element, [b"Name"], at)?;
                let property = self.required(property, "Name", "PropertyRef", at)?;
                if let Some(ty) = self.metadata.structured.get_mut(t) {
                    ty.key.push(property);
                }
                Frame::Other
            }
            (b"Property", Frame::Type(t)) => {
                let [property, ty, nullable] =
                    attributes(self, element, [b"Name", b"Type", b"Nullable"], at)?;
                let property = self.required(property, "Name", "Property", at)?;
                let ty = self.required(ty, "Type", "Property", at)?;
                self.metadata.counts.properties += 1;
                let ty = self.type_ref(&ty);
                let Some(owner) = self.metadata.structured.get_mut(t) else {
                    return Ok(Frame::Other);
                };
                owner.properties.push(Property {
                    name: property,
                    ty,
                    nullable: nullable.as_deref() != Some("false"),
                    computed: false,
                    permissions_read: false,
                    description: None,
                    long_description: None,
                    at,
                });
                Frame::Property(t, owner.properties.len() - 1)
            }
            (b"NavigationProperty", Frame::Type(t)) => {
                let [property, ty, contains, nullable] = attributes(
                    self,
                    element,
                    [b"Name", b"Type", b"ContainsTarget", b"Nullable"],
                    at,
                )?;
                let property = self.required(property, "Name", "NavigationProperty", at)?;
                let ty = self.required(ty, "Type", "NavigationProperty", at)?;
                self.metadata.counts.navigation_properties += 1;
                let ty = self.type_ref(&ty);
                let Some(owner) = self.metadata.structured.get_mut(t) else {
                    return Ok(Frame::Other);
                };
                owner.navigation.push(NavigationProperty {
                    name: property,
                    ty,
                    contains_target: flag(&contains),
                    nullable: nullable.as_deref() != Some("false"),
                    description: None,
                    at,
                });
                Frame::Navigation(t, owner.navigation.len() - 1)
            }
            (b"EnumType", Frame::Schema) => {
                let [enum_name, flags] = attributes(self, element, [b"Name", b"IsFlags"], at)?;
                let enum_name = self.required(enum_name, "Name", "EnumType", at)?;
                self.metadata.counts.enum_types += 1;
                let qualified = format!("{}.{enum_name}", self.namespace);
                let index = TypeIndex::Enum(self.metadata.enums.len());
                if self.metadata.index.insert(qualified.clone(), index).is_some() {
                    return Err(self.error(at, format!("type `{qualified}` is declared twice")));
                }
                self.metadata.enums.push(EnumType {
                    name: qualified,
                    is_flags: flag(&flags),
                    members: Vec::new(),
                    description: None,
                });
                Frame::Enum(self.metadata.enums.len() - 1)
            }
            (b"Member", Frame::Enum(e)) => {
                let [member, value] = attributes(self, element, [b"Name", b"Value"], at)?;
                let member = self.required(member, "Name", "Member", at)?;
                let Some(owner) = self.metadata.enums.get_mut(e) else {
                    return Ok(Frame::Other);
                };
                owner.members.push(EnumMember {
                    name: member,
                    value: value.and_then(|v| v.parse().ok()),
                    description: None,
                });
                Frame::Member(e, owner.members.len() - 1)
            }
            (b"EntityContainer", Frame::Schema) => Frame::Container,
            (b"EntitySet", Frame::Container) => {
                let [set, ty] = attributes(self, element, [b"Name", b"EntityType"], at)?;
                let set = self.required(set, "Name", "EntitySet", at)?;
                let ty = self.required(ty, "EntityType", "EntitySet", at)?;
                self.metadata.counts.entity_sets += 1;
                let entity_type = self.qualify(&ty);
                self.metadata.entity_sets.push(EntitySet {
                    name: set,
                    entity_type,
                });
                self.container_at.push(at);
                Frame::Other
            }
            (b"Singleton", Frame::Container) => {
                let [singleton, ty] = attributes(self, element, [b"Name", b"Type"], at)?;
                let singleton = self.required(singleton, "Name", "Singleton", at)?;
                let ty = self.required(ty, "Type", "Singleton", at)?;
                self.metadata.counts.singletons += 1;
                let ty = self.qualify(&ty);
                self.metadata.singletons.push(Singleton { name: singleton, ty });
                self.container_at.push(at);
                Frame::Other
            }
            (b"Annotations", _) => {
                let [target] = attributes(self, element, [b"Target"], at)?;
                let target = self.required(target, "Target", "Annotations", at)?;
                self.metadata.counts.annotation_targets += 1;
                let resolved = self.resolve_target(&target);
                self.annotations_target = Some((resolved, target, at));
                Frame::Annotations
            }
            (b"Annotation", _) => {
                self.annotation_depth = 1;
                self.metadata.counts.annotations += 1;
                let target = match parent {
                    Frame::Annotations => Some(Target::Pending),
                    Frame::Type(t) => Some(Target::Type(t)),
                    Frame::Property(t, p) => Some(Target::Property(t, p)),
                    Frame::Navigation(t, n) => Some(Target::Navigation(t, n)),
                    Frame::Enum(e) => Some(Target::Enum(e)),
                    Frame::Member(e, m) => Some(Target::Member(e, m)),
                    _ => None,
                };
                let [term, bool_value, string_value, enum_value] =
                    attributes(self, element, [b"Term", b"Bool", b"String", b"EnumMember"], at)?;
                let term = self.term(term.as_deref().unwrap_or_default());
                self.annotation = match (target, term) {
                    (Some(target), term) if term != Term::Other => Some(OpenAnnotation {
                        term,
                        target,
                        value: string_value.or(bool_value).or(enum_value).map(Cow::into_owned),
                    }),
                    _ => None,
                };
                Frame::Annotation
            }
            _ => Frame::Other,
        };
        Ok(frame)
    }

    fn alias(&self, namespace: &str) -> Option<&str> {
        self.aliases
            .iter()
            .find(|(alias, _)| alias == namespace)
            .map(|(_, full)| full.as_str())
    }

    fn term(&self, term: &str) -> Term {
        let short = match term.strip_prefix("Org.OData.Core.V1.") {
            Some(short) => short,
            None => {
                let Some((namespace, short)) = term.rsplit_once('.') else {
                    return Term::Other;
                };
                if self.alias(namespace) != Some("Org.OData.Core.V1") {
                    return Term::Other;
                }
                short
            }
        };
        match short {
            "Computed" => Term::Computed,
            "Permissions" => Term::Permissions,
            "Description" => Term::Description,
            "LongDescription" => Term::LongDescription,
            _ => Term::Other,
        }
    }

    fn annotation_text(&mut self, text: &str) {
        if let Some(annotation) = &mut self.annotation {
            annotation.value.get_or_insert_with(String::new).push_str(text);
        }
    }

    fn close(&mut self, frame: Frame, at: usize) -> Result<(), ParseError> {
        match frame {
            Frame::Annotation => {
                self.annotation_depth = self.annotation_depth.saturating_sub(1);
                if self.annotation_depth == 0 {
                    if let Some(annotation) = self.annotation.take() {
                        self.apply(annotation, at);
                    }
                }
            }
            Frame::Annotations => self.annotations_target = None,
            _ => {}
        }
        Ok(())
    }

    fn apply(&mut self, annotation: OpenAnnotation, at: usize) {
        let OpenAnnotation { term, target, value } = annotation;
        if let Target::Pending = target {
            match &self.annotations_target {
                Some((Some(target), _, _)) => apply_to(&mut self.metadata, *target, term, value),
                Some((None, target, target_at)) => self.pending.push(Pending {
                    target: target.clone(),
                    term,
                    value,
                    at: *target_at,
                }),
                None => {}
            }
            let _ = at;
            return;
        }
        apply_to(&mut self.metadata, target, term, value);
    }

    /// The name with an alias namespace replaced by its namespace. A name
    /// in no namespace or alias declared so far is looked at again at the
    /// end (an alias may be declared after its use).
    fn qualify(&mut self, name: &str) -> String {
        if let Some(qualified) = self.requalify(name) {
            return qualified;
        }
        let namespace = name.rsplit_once('.').map_or("", |(namespace, _)| namespace);
        if namespace != "Edm" && !self.metadata.namespaces.iter().any(|n| n.name == namespace) {
            self.unresolved = true;
        }
        name.to_owned()
    }

    /// `Some` qualified name if the name starts with an alias.
    fn requalify(&self, name: &str) -> Option<String> {
        let (namespace, short) = name.rsplit_once('.')?;
        let full = self.alias(namespace)?;
        let mut out = String::with_capacity(full.len() + 1 + short.len());
        out.push_str(full);
        out.push('.');
        out.push_str(short);
        Some(out)
    }

    fn type_ref(&mut self, text: &str) -> TypeRef {
        match text
            .strip_prefix("Collection(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            Some(inner) => TypeRef {
                collection: true,
                name: self.qualify(inner),
            },
            None => TypeRef {
                collection: false,
                name: self.qualify(text),
            },
        }
    }

    fn finish(mut self) -> Result<Metadata, ParseError> {
        // Aliases are all known now: qualify the names read before theirs.
        if self.unresolved {
            self.requalify_all();
        }
        self.check_references()?;
        self.finish_resolved()
    }

    fn requalify_all(&mut self) {
        let mut structured = std::mem::take(&mut self.metadata.structured);
        for ty in &mut structured {
            if let Some(base) = ty.base.as_deref().and_then(|base| self.requalify(base)) {
                ty.base = Some(base);
            }
            for property in &mut ty.properties {
                if let Some(name) = self.requalify(&property.ty.name) {
                    property.ty.name = name;
                }
            }
            for navigation in &mut ty.navigation {
                if let Some(name) = self.requalify(&navigation.ty.name) {
                    navigation.ty.name = name;
                }
            }
        }
        self.metadata.structured = structured;
        let mut sets = std::mem::take(&mut self.metadata.entity_sets);
        for set in &mut sets {
            if let Some(name) = self.requalify(&set.entity_type) {
                set.entity_type = name;
            }
        }
        self.metadata.entity_sets = sets;
        let mut singletons = std::mem::take(&mut self.metadata.singletons);
        for singleton in &mut singletons {
            if let Some(name) = self.requalify(&singleton.ty) {
                singleton.ty = name;
            }
        }
        self.metadata.singletons = singletons;
    }

    fn finish_resolved(mut self) -> Result<Metadata, ParseError> {
        let mut derived = vec![Vec::new(); self.metadata.structured.len()];
        for (i, ty) in self.metadata.structured.iter().enumerate() {
            if let Some(TypeIndex::Structured(base)) =
                ty.base.as_deref().and_then(|b| self.metadata.index.get(b))
            {
                if let Some(children) = derived.get_mut(*base) {
                    children.push(i);
                }
            }
        }
        self.metadata.derived = derived;

        for pending in std::mem::take(&mut self.pending) {
            let _ = pending.at;
            if let Some(target) = self.resolve_target(&pending.target) {
                apply_to(&mut self.metadata, target, pending.term, pending.value);
            }
        }
        self.metadata.counts = count(&self.metadata);
        Ok(self.metadata)
    }

    fn check_references(&self) -> Result<(), ParseError> {
        let metadata = &self.metadata;
        let known = |name: &str| name.starts_with("Edm.") || metadata.index.contains_key(name);
        for ty in &metadata.structured {
            if let Some(base) = &ty.base {
                match metadata.index.get(base.as_str()) {
                    None => {
                        return Err(self.error(
                            ty.at,
                            format!("base type `{base}` of `{}` is not declared", ty.name),
                        ))
                    }
                    Some(TypeIndex::Structured(b)) => {
                        let base_kind = metadata.structured.get(*b).map(|b| b.kind);
                        if base_kind != Some(ty.kind) {
                            return Err(self.error(
                                ty.at,
                                format!("base type `{base}` of `{}` is not of the same kind", ty.name),
                            ));
                        }
                    }
                    Some(TypeIndex::Enum(_)) => {
                        return Err(self.error(
                            ty.at,
                            format!("base type `{base}` of `{}` is an enum type", ty.name),
                        ))
                    }
                }
            }
            // A base type cycle would make every inheritance walk endless.
            let mut seen = 0usize;
            let mut current = ty.base.as_deref();
            while let Some(name) = current {
                if name == ty.name || seen > metadata.structured.len() {
                    return Err(self.error(ty.at, format!("`{}` derives from itself", ty.name)));
                }
                seen += 1;
                current = match metadata.index.get(name) {
                    Some(TypeIndex::Structured(b)) => {
                        metadata.structured.get(*b).and_then(|b| b.base.as_deref())
                    }
                    _ => None,
                };
            }
            for property in &ty.properties {
                if !known(&property.ty.name) {
                    return Err(self.error(
                        property.at,
                        format!(
                            "type `{}` of property `{}` of `{}` is not declared",
                            property.ty.name, property.name, ty.name
                        ),
                    ));
                }
            }
            for navigation in &ty.navigation {
                let target = metadata.index.get(navigation.ty.name.as_str());
                let is_entity = matches!(target, Some(TypeIndex::Structured(t)) if metadata.structured.get(*t).is_some_and(|t| t.kind == Kind::Entity));
                if !is_entity {
                    return Err(self.error(
                        navigation.at,
                        format!(
                            "entity type `{}` of navigation property `{}` of `{}` is not declared",
                            navigation.ty.name, navigation.name, ty.name
                        ),
                    ));
                }
            }
        }
        let roots = metadata
            .entity_sets
            .iter()
            .map(|s| (&s.name, &s.entity_type, "entity set"))
            .chain(metadata.singletons.iter().map(|s| (&s.name, &s.ty, "singleton")));
        for ((name, ty, what), at) in roots.zip(&self.container_at) {
            if !matches!(metadata.index.get(ty.as_str()), Some(TypeIndex::Structured(_))) {
                return Err(self.error(
                    *at,
                    format!("entity type `{ty}` of {what} `{name}` is not declared"),
                ));
            }
        }
        Ok(())
    }

    fn resolve_target(&self, target: &str) -> Option<Target> {
        let (type_name, member) = match target.split_once('/') {
            Some((type_name, member)) => (type_name, Some(member)),
            None => (target, None),
        };
        let qualified = self.requalify(type_name);
        let type_name = qualified.as_deref().unwrap_or(type_name);
        match (*self.metadata.index.get(type_name)?, member) {
            (TypeIndex::Structured(t), None) => Some(Target::Type(t)),
            (TypeIndex::Structured(t), Some(member)) => {
                let ty = self.metadata.structured.get(t)?;
                if let Some(p) = ty.properties.iter().position(|p| p.name == member) {
                    return Some(Target::Property(t, p));
                }
                ty.navigation
                    .iter()
                    .position(|n| n.name == member)
                    .map(|n| Target::Navigation(t, n))
            }
            (TypeIndex::Enum(e), None) => Some(Target::Enum(e)),
            (TypeIndex::Enum(e), Some(member)) => self
                .metadata
                .enums
                .get(e)?
                .members
                .iter()
                .position(|m| m.name == member)
                .map(|m| Target::Member(e, m)),
        }
    }
}

fn apply_to(metadata: &mut Metadata, target: Target, term: Term, value: Option<String>) {
    match term {
        Term::Computed => {
            let on = value.as_deref().is_none_or(|v| v.trim() == "true");
            if let Target::Property(t, p) = target {
                if let Some(property) = metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.properties.get_mut(p))
                {
                    property.computed = on;
                }
            }
        }
        Term::Permissions => {
            let read_only = value.as_deref().is_some_and(|v| {
                v.split_whitespace()
                    .all(|member| member.rsplit_once('/').map_or(member, |(_, m)| m) == "Read")
                    && !v.trim().is_empty()
            });
            if let Target::Property(t, p) = target {
                if let Some(property) = metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.properties.get_mut(p))
                {
                    property.permissions_read = read_only;
                }
            }
        }
        Term::Description | Term::LongDescription => {
            let long = term == Term::LongDescription;
            let slot = match target {
                Target::Type(t) => metadata.structured.get_mut(t).map(|t| {
                    if long {
                        &mut t.long_description
                    } else {
                        &mut t.description
                    }
                }),
                Target::Property(t, p) => metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.properties.get_mut(p))
                    .map(|p| {
                        if long {
                            &mut p.long_description
                        } else {
                            &mut p.description
                        }
                    }),
                Target::Navigation(t, n) if !long => metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.navigation.get_mut(n))
                    .map(|n| &mut n.description),
                Target::Enum(e) if !long => metadata.enums.get_mut(e).map(|e| &mut e.description),
                Target::Member(e, m) if !long => metadata
                    .enums
                    .get_mut(e)
                    .and_then(|e| e.members.get_mut(m))
                    .map(|m| &mut m.description),
                _ => None,
            };
            if let Some(slot) = slot {
                *slot = value;
            }
        }
        Term::Other => {}
    }
}

fn count(metadata: &Metadata) -> Counts {
    let mut counts = metadata.counts;
    counts.computed = 0;
    counts.permissions_read = 0;
    counts.descriptions = 0;
    for ty in &metadata.structured {
        counts.descriptions += usize::from(ty.description.is_some());
        for property in &ty.properties {
            counts.computed += usize::from(property.computed);
            counts.permissions_read += usize::from(property.permissions_read);
            counts.descriptions += usize::from(property.description.is_some());
        }
        counts.descriptions += ty.navigation.iter().filter(|n| n.description.is_some()).count();
    }
    for ty in &metadata.enums {
        counts.descriptions += usize::from(ty.description.is_some());
        counts.descriptions += ty.members.iter().filter(|m| m.description.is_some()).count();
    }
    counts
}
