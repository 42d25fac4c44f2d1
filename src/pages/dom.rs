//! Building blocks the popup and the options page share: elements, text, and sections labelled by their heading.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use crate::stats::chart::SvgNode;

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

type Result<T> = std::result::Result<T, JsValue>;

/// Makes the DOM nodes of one page; page text is only ever set as text, never as markup.
pub(crate) struct Dom {
    document: Document,
}

impl Dom {
    /// The builder for the document `root` belongs to; `page` names the page in the error.
    pub(crate) fn of(root: &Element, page: &str) -> Result<Self> {
        let document =
            root.owner_document().ok_or_else(|| JsValue::from_str(&format!("the {page} has no document")))?;
        Ok(Self { document })
    }

    pub(crate) fn element(&self, tag: &str, class: &str) -> Result<Element> {
        let element = self.document.create_element(tag)?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        Ok(element)
    }

    pub(crate) fn text(&self, tag: &str, text: &str) -> Result<Element> {
        let element = self.document.create_element(tag)?;
        element.set_text_content(Some(text));
        Ok(element)
    }

    /// An element holding `text` as people read it: the Markdown marks a preset or a message may carry (`code`,
    /// **strong**) become `<code>` and `<strong>` elements with their words as text, never as markup.
    pub(crate) fn prose(&self, tag: &str, text: &str) -> Result<Element> {
        let element = self.document.create_element(tag)?;
        for (piece, mark) in marked_pieces(text) {
            match mark {
                Mark::Plain => element.append_with_str_1(&piece)?,
                Mark::Code => element.append_child(self.text("code", &piece)?.as_ref()).map(drop)?,
                Mark::Strong => element.append_child(self.text("strong", &piece)?.as_ref()).map(drop)?,
            }
        }
        Ok(element)
    }

    /// A `<section>` labelled by its `<h2>`, so that screen readers list it as a region.
    pub(crate) fn section(&self, id: &str, heading: &str) -> Result<Element> {
        let section = self.element("section", "")?;
        section.set_id(id);
        section.set_attribute("aria-labelledby", &format!("{id}-heading"))?;
        let title = self.text("h2", heading)?;
        title.set_id(&format!("{id}-heading"));
        section.append_child(&title)?;
        Ok(section)
    }

    /// The SVG element tree of `node`, made element by element in the SVG namespace (no markup is parsed).
    pub(crate) fn svg(&self, node: &SvgNode) -> Result<Element> {
        let element = self.document.create_element_ns(Some(SVG_NAMESPACE), node.tag)?;
        for (name, value) in &node.attributes {
            element.set_attribute(name, value)?;
        }
        if let Some(text) = &node.text {
            element.set_text_content(Some(text));
        }
        for child in &node.children {
            element.append_child(self.svg(child)?.as_ref())?;
        }
        Ok(element)
    }
}

/// How a piece of [`marked_pieces`]'s text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    Plain,
    Code,
    Strong,
}

/// `text` cut at its Markdown marks: `code` and **strong** runs without their marks, the rest plain. A mark left
/// open is kept as the character it is.
pub(crate) fn marked_pieces(text: &str) -> Vec<(String, Mark)> {
    let mut pieces: Vec<(String, Mark)> = Vec::new();
    let mut rest = text;
    let mut plain = String::new();
    while !rest.is_empty() {
        let (mark, open) = if rest.starts_with("**") {
            (Mark::Strong, "**")
        } else if rest.starts_with('`') {
            (Mark::Code, "`")
        } else {
            let next = rest.chars().next().map_or(1, char::len_utf8);
            plain.push_str(&rest[..next]);
            rest = &rest[next..];
            continue;
        };
        let inner = &rest[open.len()..];
        match inner.find(open).filter(|end| *end > 0) {
            Some(end) => {
                if !plain.is_empty() {
                    pieces.push((std::mem::take(&mut plain), Mark::Plain));
                }
                pieces.push((inner[..end].to_string(), mark));
                rest = &inner[end + open.len()..];
            }
            None => {
                plain.push_str(open);
                rest = inner;
            }
        }
    }
    if !plain.is_empty() {
        pieces.push((plain, Mark::Plain));
    }
    pieces
}
