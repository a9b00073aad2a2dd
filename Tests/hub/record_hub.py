#!/usr/bin/env python3
"""A WebSub hub for tests: listens on 127.0.0.1, answers every POST with 204 No Content
(or the status given), and appends each request it received to LOG as one JSON line:
{"method", "path", "content_type", "body"}.

Usage: record_hub.py LOG [PORT] [STATUS]
  PORT 0 (the default) picks a free port. The port is printed on stdout's first line once
  the server listens.
"""
import http.server
import json
import sys

LOG = sys.argv[1]
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 0
STATUS = int(sys.argv[3]) if len(sys.argv) > 3 else 204


class Hub(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode("utf-8")
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps({"method": "POST", "path": self.path,
                                  "content_type": self.headers.get("Content-Type"), "body": body}) + "\n")
        self.send_response(STATUS)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", PORT), Hub)
print(server.server_address[1], flush=True)
server.serve_forever()
