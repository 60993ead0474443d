//! Autoref specialization for the generated code: for a field of type `T`,
//! pick the most specific handling that `T` supports. The derive calls
//! `(&&Probe::<T>::new()).method()`; method lookup tries the impl on
//! `&&Probe<T>` (whose bound may not hold) before the one on `&Probe<T>`.

use std::marker::PhantomData;

use crate::describe::{Describe, Shape};

/// Probes the wire shape of `T`.
pub struct ShapeProbe<T: ?Sized>(PhantomData<fn() -> Box<T>>);

impl<T: ?Sized> Default for ShapeProbe<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: ?Sized> ShapeProbe<T> {
    /// The probe for `T`.
    #[inline]
    pub const fn new() -> Self {
        ShapeProbe(PhantomData)
    }
}

/// The shape of a type that implements [`Describe`].
pub trait DescribedShape {
    /// `T::shape()`.
    fn shape(self) -> Shape;
}

impl<T: Describe> DescribedShape for &&ShapeProbe<T> {
    #[inline]
    fn shape(self) -> Shape {
        T::shape()
    }
}

/// The shape of any other type: its name, unchecked.
pub trait OtherShape {
    /// `Shape::Other` with the type's name.
    fn shape(self) -> Shape;
}

impl<T: ?Sized> OtherShape for &ShapeProbe<T> {
    #[inline]
    fn shape(self) -> Shape {
        Shape::Other(std::any::type_name::<T>())
    }
}
