/// RELAX NG schema for RSS 2.0, written from the RSS 2.0 specification
/// (rssboard.org, 2.0.11), which has no official schema; it also checks the
/// atom, content, dc and media extensions that feedgen writes.
enum RSSSchema {
    static let relaxNG = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <!--
      RELAX NG schema for RSS 2.0, written for feedgen from the RSS 2.0
      specification (RSS Advisory Board, rssboard.org, version 2.0.11); RSS has
      no official schema.
      - The children of channel, item, image and textInput may come in any
        order (interleave); required ones are listed first so that libxml2
        names a missing one in its error.
      - "At least one of title or description must be present" in an item is
        enforced here, as a choice of (title, description?) or
        (description, title?) inside the item's interleave.
      - Dates (pubDate, lastBuildDate) must match RFC 822 as RSS 2.0 requires:
        optional day name, 1 or 2 digit day, 2 or 4 digit year, optional
        seconds, named or numeric zone, no surrounding white space.
      - The spec allows elements and attributes "defined in a namespace":
        attributes in any namespace are allowed on every element (xml:lang and
        xml:base included), elements in any namespace in channel, item, image
        and textInput. Elements in no namespace that RSS 2.0 does not define
        are rejected.
      - The extensions feedgen writes are checked against their own
        definitions: atom:link, content:encoded, dc:creator, media:content and
        media:thumbnail, and RFC 5005's fh:complete and fh:archive (empty, once,
        in the channel only); any other element in a namespace is accepted as is.
    -->
    <grammar xmlns="http://relaxng.org/ns/structure/1.0"
             datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">

      <start>
        <element name="rss">
          <attribute name="version"><value>2.0</value></attribute>
          <ref name="foreignAttributes"/>
          <ref name="channel"/>
        </element>
      </start>

      <!-- channel -->
      <define name="channel">
        <element name="channel">
          <ref name="foreignAttributes"/>
          <interleave>
            <element name="title"><ref name="rssText"/></element>
            <element name="link"><ref name="rssText"/></element>
            <element name="description"><ref name="rssText"/></element>
            <optional>
              <element name="language">
                <ref name="foreignAttributes"/>
                <ref name="languageTag"/>
              </element>
            </optional>
            <optional><element name="copyright"><ref name="rssText"/></element></optional>
            <optional><element name="managingEditor"><ref name="rssText"/></element></optional>
            <optional><element name="webMaster"><ref name="rssText"/></element></optional>
            <optional><element name="pubDate"><ref name="rfc822Date"/></element></optional>
            <optional><element name="lastBuildDate"><ref name="rfc822Date"/></element></optional>
            <zeroOrMore><ref name="category"/></zeroOrMore>
            <optional><element name="generator"><ref name="rssText"/></element></optional>
            <optional><element name="docs"><ref name="rssText"/></element></optional>
            <optional><ref name="cloud"/></optional>
            <optional>
              <element name="ttl">
                <ref name="foreignAttributes"/>
                <data type="nonNegativeInteger"/>
              </element>
            </optional>
            <optional><ref name="image"/></optional>
            <optional><element name="rating"><ref name="rssText"/></element></optional>
            <optional><ref name="textInput"/></optional>
            <optional><ref name="skipHours"/></optional>
            <optional><ref name="skipDays"/></optional>
            <zeroOrMore><ref name="item"/></zeroOrMore>
            <optional><ref name="fhComplete"/></optional>
            <optional><ref name="fhArchive"/></optional>
            <zeroOrMore><ref name="extensionElement"/></zeroOrMore>
          </interleave>
        </element>
      </define>

      <define name="category">
        <element name="category">
          <ref name="foreignAttributes"/>
          <optional><attribute name="domain"/></optional>
          <text/>
        </element>
      </define>

      <define name="cloud">
        <element name="cloud">
          <ref name="foreignAttributes"/>
          <attribute name="domain"/>
          <attribute name="port"><data type="nonNegativeInteger"/></attribute>
          <attribute name="path"/>
          <attribute name="registerProcedure"/>
          <attribute name="protocol">
            <choice>
              <value>xml-rpc</value>
              <value>soap</value>
              <value>http-post</value>
            </choice>
          </attribute>
          <empty/>
        </element>
      </define>

      <define name="image">
        <element name="image">
          <ref name="foreignAttributes"/>
          <interleave>
            <element name="url"><ref name="rssText"/></element>
            <element name="title"><ref name="rssText"/></element>
            <element name="link"><ref name="rssText"/></element>
            <optional>
              <element name="width">
                <ref name="foreignAttributes"/>
                <data type="nonNegativeInteger">
                  <param name="maxInclusive">144</param>
                </data>
              </element>
            </optional>
            <optional>
              <element name="height">
                <ref name="foreignAttributes"/>
                <data type="nonNegativeInteger">
                  <param name="maxInclusive">400</param>
                </data>
              </element>
            </optional>
            <optional><element name="description"><ref name="rssText"/></element></optional>
            <zeroOrMore><ref name="extensionElement"/></zeroOrMore>
          </interleave>
        </element>
      </define>

      <define name="textInput">
        <element name="textInput">
          <ref name="foreignAttributes"/>
          <interleave>
            <element name="title"><ref name="rssText"/></element>
            <element name="description"><ref name="rssText"/></element>
            <element name="name"><ref name="rssText"/></element>
            <element name="link"><ref name="rssText"/></element>
            <zeroOrMore><ref name="extensionElement"/></zeroOrMore>
          </interleave>
        </element>
      </define>

      <define name="skipHours">
        <element name="skipHours">
          <ref name="foreignAttributes"/>
          <oneOrMore>
            <element name="hour">
              <ref name="foreignAttributes"/>
              <data type="nonNegativeInteger">
                <param name="maxInclusive">23</param>
              </data>
            </element>
          </oneOrMore>
        </element>
      </define>

      <define name="skipDays">
        <element name="skipDays">
          <ref name="foreignAttributes"/>
          <oneOrMore>
            <element name="day">
              <ref name="foreignAttributes"/>
              <choice>
                <value>Monday</value>
                <value>Tuesday</value>
                <value>Wednesday</value>
                <value>Thursday</value>
                <value>Friday</value>
                <value>Saturday</value>
                <value>Sunday</value>
              </choice>
            </element>
          </oneOrMore>
        </element>
      </define>

      <!-- item: "All elements of an item are optional, however at least one of
           title or description must be present." -->
      <define name="item">
        <element name="item">
          <ref name="foreignAttributes"/>
          <interleave>
            <choice>
              <group>
                <element name="title"><ref name="rssText"/></element>
                <optional>
                  <element name="description"><ref name="rssText"/></element>
                </optional>
              </group>
              <group>
                <element name="description"><ref name="rssText"/></element>
                <optional>
                  <element name="title"><ref name="rssText"/></element>
                </optional>
              </group>
            </choice>
            <optional><element name="link"><ref name="rssText"/></element></optional>
            <optional><element name="author"><ref name="rssText"/></element></optional>
            <zeroOrMore><ref name="category"/></zeroOrMore>
            <optional><element name="comments"><ref name="rssText"/></element></optional>
            <optional><ref name="enclosure"/></optional>
            <optional><ref name="guid"/></optional>
            <optional><element name="pubDate"><ref name="rfc822Date"/></element></optional>
            <optional><ref name="source"/></optional>
            <zeroOrMore><ref name="extensionElement"/></zeroOrMore>
          </interleave>
        </element>
      </define>

      <define name="enclosure">
        <element name="enclosure">
          <ref name="foreignAttributes"/>
          <attribute name="url"/>
          <attribute name="length"><data type="nonNegativeInteger"/></attribute>
          <attribute name="type"><ref name="mediaType"/></attribute>
          <empty/>
        </element>
      </define>

      <define name="guid">
        <element name="guid">
          <ref name="foreignAttributes"/>
          <optional>
            <attribute name="isPermaLink">
              <choice>
                <value>true</value>
                <value>false</value>
              </choice>
            </attribute>
          </optional>
          <text/>
        </element>
      </define>

      <define name="source">
        <element name="source">
          <ref name="foreignAttributes"/>
          <attribute name="url"/>
          <text/>
        </element>
      </define>

      <!-- Common patterns -->
      <define name="rssText">
        <ref name="foreignAttributes"/>
        <text/>
      </define>

      <!-- RFC 822 date-time as RSS 2.0 requires, e.g.
           "Sun, 02 Jun 2024 09:00:00 +0200": optional day name, 1-2 digit day,
           2 or 4 digit year, optional seconds, named or numeric zone. -->
      <define name="rfc822Date">
        <ref name="foreignAttributes"/>
        <data type="string">
          <param name="pattern">((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?[0-9]{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{2}|[0-9]{4}) [0-9]{2}:[0-9]{2}(:[0-9]{2})? (UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+\-][0-9]{4})</param>
        </data>
      </define>

      <define name="languageTag">
        <data type="string">
          <param name="pattern">[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*</param>
        </data>
      </define>

      <define name="mediaType">
        <data type="string">
          <param name="pattern">.+/.+</param>
        </data>
      </define>

      <!-- Attributes in any namespace but none (this includes xml:lang and
           xml:base). -->
      <define name="foreignAttributes">
        <zeroOrMore>
          <attribute>
            <anyName>
              <except><nsName ns=""/></except>
            </anyName>
          </attribute>
        </zeroOrMore>
      </define>

      <!-- Extension elements: the ones feedgen writes are checked against their
           own definitions; any other element in a namespace is accepted with any
           content; elements in no namespace are not RSS 2.0 and are rejected. -->
      <define name="extensionElement">
        <choice>
          <ref name="atomLink"/>
          <ref name="contentEncoded"/>
          <ref name="dcCreator"/>
          <ref name="mediaContent"/>
          <ref name="mediaThumbnail"/>
          <ref name="otherForeignElement"/>
        </choice>
      </define>

      <define name="otherForeignElement">
        <element>
          <anyName>
            <except>
              <nsName ns=""/>
              <name ns="http://www.w3.org/2005/Atom">link</name>
              <name ns="http://purl.org/rss/1.0/modules/content/">encoded</name>
              <name ns="http://purl.org/dc/elements/1.1/">creator</name>
              <name ns="http://search.yahoo.com/mrss/">content</name>
              <name ns="http://search.yahoo.com/mrss/">thumbnail</name>
              <nsName ns="http://purl.org/syndication/history/1.0"/>
            </except>
          </anyName>
          <ref name="anyContent"/>
        </element>
      </define>

      <define name="anyContent">
        <zeroOrMore>
          <choice>
            <attribute><anyName/></attribute>
            <text/>
            <ref name="anyElement"/>
          </choice>
        </zeroOrMore>
      </define>

      <define name="anyElement">
        <element>
          <anyName/>
          <ref name="anyContent"/>
        </element>
      </define>

      <!-- atom:link (RFC 4287 section 4.2.7), as used for rel="self" -->
      <define name="atomLink">
        <element name="link" ns="http://www.w3.org/2005/Atom">
          <ref name="foreignAttributes"/>
          <attribute name="href"/>
          <optional><attribute name="rel"/></optional>
          <optional><attribute name="type"><ref name="mediaType"/></attribute></optional>
          <optional><attribute name="hreflang"><ref name="languageTag"/></attribute></optional>
          <optional><attribute name="title"/></optional>
          <optional><attribute name="length"/></optional>
          <zeroOrMore>
            <choice>
              <text/>
              <element>
                <anyName>
                  <except>
                    <nsName ns="http://www.w3.org/2005/Atom"/>
                  </except>
                </anyName>
                <ref name="anyContent"/>
              </element>
            </choice>
          </zeroOrMore>
        </element>
      </define>

      <!-- RFC 5005 (appendix B: in the channel): empty markers of a complete
           feed and of an archive document; not allowed in an item -->
      <define name="fhComplete">
        <element name="complete" ns="http://purl.org/syndication/history/1.0"><empty/></element>
      </define>

      <define name="fhArchive">
        <element name="archive" ns="http://purl.org/syndication/history/1.0"><empty/></element>
      </define>

      <!-- content:encoded (RSS 1.0 Content module): escaped HTML as text -->
      <define name="contentEncoded">
        <element name="encoded" ns="http://purl.org/rss/1.0/modules/content/">
          <ref name="foreignAttributes"/>
          <text/>
        </element>
      </define>

      <!-- dc:creator (Dublin Core) -->
      <define name="dcCreator">
        <element name="creator" ns="http://purl.org/dc/elements/1.1/">
          <ref name="foreignAttributes"/>
          <text/>
        </element>
      </define>

      <!-- media:content (Media RSS): url is optional in Media RSS, but then a
           media:player child is required. -->
      <define name="mediaContent">
        <element name="content" ns="http://search.yahoo.com/mrss/">
          <ref name="foreignAttributes"/>
          <optional><attribute name="fileSize"><data type="nonNegativeInteger"/></attribute></optional>
          <optional><attribute name="type"><ref name="mediaType"/></attribute></optional>
          <optional>
            <attribute name="medium">
              <choice>
                <value>image</value>
                <value>audio</value>
                <value>video</value>
                <value>document</value>
                <value>executable</value>
              </choice>
            </attribute>
          </optional>
          <optional>
            <attribute name="isDefault">
              <choice>
                <value>true</value>
                <value>false</value>
              </choice>
            </attribute>
          </optional>
          <optional>
            <attribute name="expression">
              <choice>
                <value>sample</value>
                <value>full</value>
                <value>nonstop</value>
              </choice>
            </attribute>
          </optional>
          <optional><attribute name="bitrate"/></optional>
          <optional><attribute name="framerate"/></optional>
          <optional><attribute name="samplingrate"/></optional>
          <optional><attribute name="channels"/></optional>
          <optional><attribute name="duration"/></optional>
          <optional><attribute name="height"><data type="nonNegativeInteger"/></attribute></optional>
          <optional><attribute name="width"><data type="nonNegativeInteger"/></attribute></optional>
          <optional><attribute name="lang"/></optional>
          <choice>
            <group>
              <attribute name="url"/>
              <zeroOrMore><ref name="mediaChild"/></zeroOrMore>
            </group>
            <group>
              <zeroOrMore><ref name="mediaChildButPlayer"/></zeroOrMore>
              <element name="player" ns="http://search.yahoo.com/mrss/">
                <ref name="anyContent"/>
              </element>
              <zeroOrMore><ref name="mediaChild"/></zeroOrMore>
            </group>
          </choice>
        </element>
      </define>

      <define name="mediaChild">
        <choice>
          <text/>
          <ref name="mediaThumbnail"/>
          <element>
            <anyName>
              <except>
                <nsName ns=""/>
                <name ns="http://search.yahoo.com/mrss/">thumbnail</name>
              </except>
            </anyName>
            <ref name="anyContent"/>
          </element>
        </choice>
      </define>

      <define name="mediaChildButPlayer">
        <choice>
          <text/>
          <ref name="mediaThumbnail"/>
          <element>
            <anyName>
              <except>
                <nsName ns=""/>
                <name ns="http://search.yahoo.com/mrss/">thumbnail</name>
                <name ns="http://search.yahoo.com/mrss/">player</name>
              </except>
            </anyName>
            <ref name="anyContent"/>
          </element>
        </choice>
      </define>

      <!-- media:thumbnail (Media RSS): url required -->
      <define name="mediaThumbnail">
        <element name="thumbnail" ns="http://search.yahoo.com/mrss/">
          <ref name="foreignAttributes"/>
          <attribute name="url"/>
          <optional><attribute name="height"><data type="nonNegativeInteger"/></attribute></optional>
          <optional><attribute name="width"><data type="nonNegativeInteger"/></attribute></optional>
          <optional><attribute name="time"/></optional>
          <empty/>
        </element>
      </define>

    </grammar>
    """#
}
