#ifndef SCRUTINY_CHTMLREADER_H
#define SCRUTINY_CHTMLREADER_H

/// A narrow window on libxml2's HTML parser. libxml2's own headers pull in the system's ICU,
/// which clashes with Foundation's copy in Swift's module cache, so Swift sees only these
/// functions and opaque pointers.

/// Parses UTF-8 HTML, recovering from broken markup, printing nothing, fetching nothing.
/// NULL when nothing could be read. Free with scrutiny_html_free.
void *scrutiny_html_parse(const char *bytes, int length);
void scrutiny_html_free(void *document);

/// The root element of a document, or NULL.
const void *scrutiny_html_root(void *document);

/// 1 for an element, 3 for text, 4 for CDATA, another number for what pages do not need.
int scrutiny_html_type(const void *node);
/// An element's name, or NULL.
const char *scrutiny_html_name(const void *node);
/// A text node's text, or NULL.
const char *scrutiny_html_content(const void *node);
const void *scrutiny_html_first_child(const void *node);
const void *scrutiny_html_next(const void *node);

/// An element's attributes: the first, the next, and each one's name and value. The value
/// is a new string: free it with scrutiny_html_free_string.
const void *scrutiny_html_first_attribute(const void *node);
const void *scrutiny_html_next_attribute(const void *attribute);
const char *scrutiny_html_attribute_name(const void *attribute);
char *scrutiny_html_attribute_value(const void *node, const void *attribute);
void scrutiny_html_free_string(char *text);

#endif
