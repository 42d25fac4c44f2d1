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
