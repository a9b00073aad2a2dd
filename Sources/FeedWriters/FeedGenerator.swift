import FeedModel
/// The name and version written into every feed's generator field.
public enum FeedGenerator {
    public static let name = "feedgen"
    public static let version = "0.1.0"
}
