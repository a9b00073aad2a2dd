import FeedSupport
import FeedXML

/// A feed document as the validator parsed it: the element tree of an Atom
/// or RSS file, the value of a JSON Feed.
package enum ParsedFeed {
    case xml(XMLNode)
    case json(JSONValue)
}
