import Foundation

/// An I/O error as one short phrase for a message ("No such file or
/// directory"), not Foundation's sentence around it.
package func describe(_ error: Error) -> String {
    if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? POSIXError {
        return String(cString: strerror(underlying.code.rawValue))
    }
    return (error as NSError).localizedDescription
}
