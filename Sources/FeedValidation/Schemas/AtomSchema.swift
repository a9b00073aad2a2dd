import FeedModel

/// RELAX NG schema for Atom 1.0: the informative compact schema of RFC 4287,
/// Appendix B, in XML syntax for libxml2; its Schematron rules are left to
/// the semantic checks and dates must carry a time zone (RFC 4287 section 3.3).
enum AtomSchema {
    static let relaxNG = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <!--
      RELAX NG schema for the Atom Syndication Format 1.0 (RFC 4287).
      The informative RELAX NG Compact schema of RFC 4287, Appendix B, converted
      to the XML syntax (trang, then edited by hand) for libxml2's RELAX NG API.
      Patterns, interleaves, extension elements and undefined attributes are as
      in the RFC. Adaptations:
      - The RFC's Schematron rules cannot be written in RELAX NG and libxml2
        does not read them: "a feed has an author unless every entry has one"
        and "an entry has an alternate link or a content" are left to feedgen's
        semantic checks and only kept here as comments.
      - Date constructs add a pattern facet to xsd:dateTime requiring a time
        zone ("Z" or +hh:mm / -hh:mm), as RFC 4287 section 3.3 requires; plain
        xsd:dateTime would accept none.
      - In the feed and entry interleaves the required elements (id, title,
        updated) are listed first. Branch order has no meaning in an
        interleave, but libxml2 then names the missing element in its error.
      - Names are unprefixed, with the Atom namespace as the grammar's ns.
      - RFC 5005's fh:complete and fh:archive (namespace
        http://purl.org/syndication/history/1.0) are defined, empty and at most
        once each, in the feed only; other elements of that namespace are not
        extension elements. That both appear together is left to the semantic
        checks, as is every rule about the history links.
    -->
    <grammar xmlns="http://relaxng.org/ns/structure/1.0"
             ns="http://www.w3.org/2005/Atom"
             datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">

      <start>
        <choice>
          <ref name="atomFeed"/>
          <ref name="atomEntry"/>
        </choice>
      </start>

      <!-- Common attributes -->
      <define name="atomCommonAttributes">
        <optional>
          <attribute name="xml:base"><ref name="atomUri"/></attribute>
        </optional>
        <optional>
          <attribute name="xml:lang"><ref name="atomLanguageTag"/></attribute>
        </optional>
        <zeroOrMore>
          <ref name="undefinedAttribute"/>
        </zeroOrMore>
      </define>

      <!-- Text Constructs -->
      <define name="atomPlainTextConstruct">
        <ref name="atomCommonAttributes"/>
        <optional>
          <attribute name="type">
            <choice>
              <value>text</value>
              <value>html</value>
            </choice>
          </attribute>
        </optional>
        <text/>
      </define>

      <define name="atomXHTMLTextConstruct">
        <ref name="atomCommonAttributes"/>
        <attribute name="type"><value>xhtml</value></attribute>
        <ref name="xhtmlDiv"/>
      </define>

      <define name="atomTextConstruct">
        <choice>
          <ref name="atomPlainTextConstruct"/>
          <ref name="atomXHTMLTextConstruct"/>
        </choice>
      </define>

      <!-- Person Construct -->
      <define name="atomPersonConstruct">
        <ref name="atomCommonAttributes"/>
        <interleave>
          <element name="name"><text/></element>
          <optional>
            <element name="uri"><ref name="atomUri"/></element>
          </optional>
          <optional>
            <element name="email"><ref name="atomEmailAddress"/></element>
          </optional>
          <zeroOrMore>
            <ref name="extensionElement"/>
          </zeroOrMore>
        </interleave>
      </define>

      <!-- Date Construct -->
      <define name="atomDateConstruct">
        <ref name="atomCommonAttributes"/>
        <data type="dateTime">
          <!-- RFC 4287 section 3.3 / RFC 3339: a time zone ("Z" or a numeric
               offset) is required; plain xsd:dateTime would allow none. -->
          <param name="pattern">.+(Z|[+\-][0-9]{2}:[0-9]{2})</param>
        </data>
      </define>

      <!-- atom:feed
           RFC Schematron rule (not checked here): an atom:feed must have an
           atom:author unless all of its atom:entry children have an atom:author. -->
      <define name="atomFeed">
        <element name="feed">
          <ref name="atomCommonAttributes"/>
          <interleave>
            <!-- required elements first: the order of interleave branches has no
                 meaning, but libxml2 then names the missing element -->
            <ref name="atomId"/>
            <ref name="atomTitle"/>
            <ref name="atomUpdated"/>
            <zeroOrMore><ref name="atomAuthor"/></zeroOrMore>
            <zeroOrMore><ref name="atomCategory"/></zeroOrMore>
            <zeroOrMore><ref name="atomContributor"/></zeroOrMore>
            <optional><ref name="atomGenerator"/></optional>
            <optional><ref name="atomIcon"/></optional>
            <zeroOrMore><ref name="atomLink"/></zeroOrMore>
            <optional><ref name="atomLogo"/></optional>
            <optional><ref name="atomRights"/></optional>
            <optional><ref name="atomSubtitle"/></optional>
            <optional><ref name="fhComplete"/></optional>
            <optional><ref name="fhArchive"/></optional>
            <zeroOrMore><ref name="extensionElement"/></zeroOrMore>
          </interleave>
          <zeroOrMore>
            <ref name="atomEntry"/>
          </zeroOrMore>
        </element>
      </define>

      <!-- atom:entry
           RFC Schematron rules (not checked here): an atom:entry must have an
           atom:link with rel="alternate" (or no rel) or an atom:content; and an
           atom:author unless its feed (or its atom:source) has one. -->
      <define name="atomEntry">
        <element name="entry">
          <ref name="atomCommonAttributes"/>
          <interleave>
            <!-- required elements first: the order of interleave branches has no
                 meaning, but libxml2 then names the missing element -->
            <ref name="atomId"/>
            <ref name="atomTitle"/>
            <ref name="atomUpdated"/>
            <zeroOrMore><ref name="atomAuthor"/></zeroOrMore>
            <zeroOrMore><ref name="atomCategory"/></zeroOrMore>
            <optional><ref name="atomContent"/></optional>
            <zeroOrMore><ref name="atomContributor"/></zeroOrMore>
            <zeroOrMore><ref name="atomLink"/></zeroOrMore>
            <optional><ref name="atomPublished"/></optional>
            <optional><ref name="atomRights"/></optional>
            <optional><ref name="atomSource"/></optional>
            <optional><ref name="atomSummary"/></optional>
            <zeroOrMore><ref name="extensionElement"/></zeroOrMore>
          </interleave>
        </element>
      </define>

      <!-- atom:content -->
      <define name="atomInlineTextContent">
        <element name="content">
          <ref name="atomCommonAttributes"/>
          <optional>
            <attribute name="type">
              <choice>
                <value>text</value>
                <value>html</value>
              </choice>
            </attribute>
          </optional>
          <zeroOrMore><text/></zeroOrMore>
        </element>
      </define>

      <define name="atomInlineXHTMLContent">
        <element name="content">
          <ref name="atomCommonAttributes"/>
          <attribute name="type"><value>xhtml</value></attribute>
          <ref name="xhtmlDiv"/>
        </element>
      </define>

      <define name="atomInlineOtherContent">
        <element name="content">
          <ref name="atomCommonAttributes"/>
          <optional>
            <attribute name="type"><ref name="atomMediaType"/></attribute>
          </optional>
          <zeroOrMore>
            <choice>
              <text/>
              <ref name="anyElement"/>
            </choice>
          </zeroOrMore>
        </element>
      </define>

      <define name="atomOutOfLineContent">
        <element name="content">
          <ref name="atomCommonAttributes"/>
          <optional>
            <attribute name="type"><ref name="atomMediaType"/></attribute>
          </optional>
          <attribute name="src"><ref name="atomUri"/></attribute>
          <empty/>
        </element>
      </define>

      <define name="atomContent">
        <choice>
          <ref name="atomInlineTextContent"/>
          <ref name="atomInlineXHTMLContent"/>
          <ref name="atomInlineOtherContent"/>
          <ref name="atomOutOfLineContent"/>
        </choice>
      </define>

      <!-- atom:author -->
      <define name="atomAuthor">
        <element name="author"><ref name="atomPersonConstruct"/></element>
      </define>

      <!-- atom:category -->
      <define name="atomCategory">
        <element name="category">
          <ref name="atomCommonAttributes"/>
          <attribute name="term"><text/></attribute>
          <optional>
            <attribute name="scheme"><ref name="atomUri"/></attribute>
          </optional>
          <optional>
            <attribute name="label"><text/></attribute>
          </optional>
          <ref name="undefinedContent"/>
        </element>
      </define>

      <!-- atom:contributor -->
      <define name="atomContributor">
        <element name="contributor"><ref name="atomPersonConstruct"/></element>
      </define>

      <!-- atom:generator -->
      <define name="atomGenerator">
        <element name="generator">
          <ref name="atomCommonAttributes"/>
          <optional>
            <attribute name="uri"><ref name="atomUri"/></attribute>
          </optional>
          <optional>
            <attribute name="version"><text/></attribute>
          </optional>
          <text/>
        </element>
      </define>

      <!-- atom:icon -->
      <define name="atomIcon">
        <element name="icon">
          <ref name="atomCommonAttributes"/>
          <ref name="atomUri"/>
        </element>
      </define>

      <!-- atom:id -->
      <define name="atomId">
        <element name="id">
          <ref name="atomCommonAttributes"/>
          <ref name="atomUri"/>
        </element>
      </define>

      <!-- atom:logo -->
      <define name="atomLogo">
        <element name="logo">
          <ref name="atomCommonAttributes"/>
          <ref name="atomUri"/>
        </element>
      </define>

      <!-- atom:link -->
      <define name="atomLink">
        <element name="link">
          <ref name="atomCommonAttributes"/>
          <attribute name="href"><ref name="atomUri"/></attribute>
          <optional>
            <attribute name="rel">
              <choice>
                <ref name="atomNCName"/>
                <ref name="atomUri"/>
              </choice>
            </attribute>
          </optional>
          <optional>
            <attribute name="type"><ref name="atomMediaType"/></attribute>
          </optional>
          <optional>
            <attribute name="hreflang"><ref name="atomLanguageTag"/></attribute>
          </optional>
          <optional>
            <attribute name="title"><text/></attribute>
          </optional>
          <optional>
            <attribute name="length"><text/></attribute>
          </optional>
          <ref name="undefinedContent"/>
        </element>
      </define>

      <!-- atom:published -->
      <define name="atomPublished">
        <element name="published"><ref name="atomDateConstruct"/></element>
      </define>

      <!-- atom:rights -->
      <define name="atomRights">
        <element name="rights"><ref name="atomTextConstruct"/></element>
      </define>

      <!-- atom:source -->
      <define name="atomSource">
        <element name="source">
          <ref name="atomCommonAttributes"/>
          <interleave>
            <zeroOrMore><ref name="atomAuthor"/></zeroOrMore>
            <zeroOrMore><ref name="atomCategory"/></zeroOrMore>
            <zeroOrMore><ref name="atomContributor"/></zeroOrMore>
            <optional><ref name="atomGenerator"/></optional>
            <optional><ref name="atomIcon"/></optional>
            <optional><ref name="atomId"/></optional>
            <zeroOrMore><ref name="atomLink"/></zeroOrMore>
            <optional><ref name="atomLogo"/></optional>
            <optional><ref name="atomRights"/></optional>
            <optional><ref name="atomSubtitle"/></optional>
            <optional><ref name="atomTitle"/></optional>
            <optional><ref name="atomUpdated"/></optional>
            <zeroOrMore><ref name="extensionElement"/></zeroOrMore>
          </interleave>
        </element>
      </define>

      <!-- atom:subtitle -->
      <define name="atomSubtitle">
        <element name="subtitle"><ref name="atomTextConstruct"/></element>
      </define>

      <!-- atom:summary -->
      <define name="atomSummary">
        <element name="summary"><ref name="atomTextConstruct"/></element>
      </define>

      <!-- atom:title -->
      <define name="atomTitle">
        <element name="title"><ref name="atomTextConstruct"/></element>
      </define>

      <!-- atom:updated -->
      <define name="atomUpdated">
        <element name="updated"><ref name="atomDateConstruct"/></element>
      </define>

      <!-- Low-level simple types -->
      <define name="atomNCName">
        <data type="string">
          <param name="minLength">1</param>
          <param name="pattern">[^:]*</param>
        </data>
      </define>

      <!-- Whatever a media type is, it contains at least one slash -->
      <define name="atomMediaType">
        <data type="string">
          <param name="pattern">.+/.+</param>
        </data>
      </define>

      <!-- As defined in RFC 3066 -->
      <define name="atomLanguageTag">
        <data type="string">
          <param name="pattern">[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*</param>
        </data>
      </define>

      <!-- Unconstrained; it's not entirely clear how IRI fit into
           xsd:anyURI so let's not try to constrain it here -->
      <define name="atomUri">
        <text/>
      </define>

      <!-- Whatever an email address is, it contains at least one @ -->
      <define name="atomEmailAddress">
        <data type="string">
          <param name="pattern">.+@.+</param>
        </data>
      </define>

      <!-- RFC 5005 section 2 and 4: empty markers of a complete feed and of an archive document -->
      <define name="fhComplete">
        <element name="complete" ns="http://purl.org/syndication/history/1.0"><empty/></element>
      </define>

      <define name="fhArchive">
        <element name="archive" ns="http://purl.org/syndication/history/1.0"><empty/></element>
      </define>

      <!-- Simple Extension -->
      <define name="simpleExtensionElement">
        <element>
          <anyName>
            <except><nsName/><nsName ns="http://purl.org/syndication/history/1.0"/></except>
          </anyName>
          <text/>
        </element>
      </define>

      <!-- Structured Extension -->
      <define name="structuredExtensionElement">
        <element>
          <anyName>
            <except><nsName/><nsName ns="http://purl.org/syndication/history/1.0"/></except>
          </anyName>
          <choice>
            <group>
              <oneOrMore>
                <attribute><anyName/></attribute>
              </oneOrMore>
              <zeroOrMore>
                <choice>
                  <text/>
                  <ref name="anyElement"/>
                </choice>
              </zeroOrMore>
            </group>
            <group>
              <zeroOrMore>
                <attribute><anyName/></attribute>
              </zeroOrMore>
              <optional><text/></optional>
              <oneOrMore><ref name="anyElement"/></oneOrMore>
              <zeroOrMore>
                <choice>
                  <text/>
                  <ref name="anyElement"/>
                </choice>
              </zeroOrMore>
            </group>
          </choice>
        </element>
      </define>

      <!-- Other Extensibility -->
      <define name="extensionElement">
        <choice>
          <ref name="simpleExtensionElement"/>
          <ref name="structuredExtensionElement"/>
        </choice>
      </define>

      <define name="undefinedAttribute">
        <attribute>
          <anyName>
            <except>
              <name>xml:base</name>
              <name>xml:lang</name>
              <nsName ns=""/>
            </except>
          </anyName>
        </attribute>
      </define>

      <define name="undefinedContent">
        <zeroOrMore>
          <choice>
            <text/>
            <ref name="anyForeignElement"/>
          </choice>
        </zeroOrMore>
      </define>

      <define name="anyElement">
        <element>
          <anyName/>
          <zeroOrMore>
            <choice>
              <attribute><anyName/></attribute>
              <text/>
              <ref name="anyElement"/>
            </choice>
          </zeroOrMore>
        </element>
      </define>

      <define name="anyForeignElement">
        <element>
          <anyName>
            <except><nsName/></except>
          </anyName>
          <zeroOrMore>
            <choice>
              <attribute><anyName/></attribute>
              <text/>
              <ref name="anyElement"/>
            </choice>
          </zeroOrMore>
        </element>
      </define>

      <!-- XHTML -->
      <define name="anyXHTML">
        <element>
          <nsName ns="http://www.w3.org/1999/xhtml"/>
          <zeroOrMore>
            <choice>
              <attribute><anyName/></attribute>
              <text/>
              <ref name="anyXHTML"/>
            </choice>
          </zeroOrMore>
        </element>
      </define>

      <define name="xhtmlDiv">
        <element name="div" ns="http://www.w3.org/1999/xhtml">
          <zeroOrMore>
            <choice>
              <attribute><anyName/></attribute>
              <text/>
              <ref name="anyXHTML"/>
            </choice>
          </zeroOrMore>
        </element>
      </define>

    </grammar>
    """#
}
