#!/usr/bin/env python3
"""A real HTTP server on 127.0.0.1 for the preview test: every path that ends
in an image extension gets a PNG drawn for it (a gradient whose colours come
from the path), so a site's remote images can be served without the network.
Prints the port it listens on, then serves until killed."""
import hashlib
import http.server
import struct
import sys
import zlib


def png(path, width, height):
    digest = hashlib.sha256(path.encode()).digest()
    top, bottom = digest[0:3], digest[3:6]
    rows = []
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = bytes(int(a + (b - a) * t) for a, b in zip(top, bottom))
        rows.append(b"\x00" + colour * width)
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b"")


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path = self.path.split("?")[0]
        if not path.lower().endswith((".png", ".jpg", ".jpeg", ".gif", ".webp")):
            self.send_error(404)
            return
        small = any(word in path for word in ("small", "thumb", "teaser", "favicon"))
        body = png(path, 320 if small else 720, 180 if small else 405)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        sys.stderr.write("%s\n" % self.path)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
