"""A stand-in for a council's servers, on loopback, for the sync tests.

Modern.gov's web service answers from the files in FOLDER: committees.xml for GetCommittees,
meetings-ID.xml for GetMeetings?lCommitteeId=ID, meeting-ID.xml for GetMeeting?lMeetingId=ID,
paper-ID.pdf for /mgConvert2PDF.aspx?ID=ID.

Any other path is a file of FOLDER named by the path and, after "@", its query: /oparl/body/1
is oparl/body/1.json (or oparl/body/1 as it is), /oparl/meetings?page=2 is
oparl/meetings@page=2.json. A modified_since parameter is taken off the name and applied as an
OParl server applies it: only the objects of "data" modified since then are listed.

"{server}" in an answer becomes this server's address. faults.json in the folder, read at
each request, makes a request misbehave a number of times (by its key: the method or path and
its first parameter, "GetMeeting?lMeetingId=1", "oparl/meetings?page=2"): {"status": 500},
{"html": true} (an HTML page), {"reset": true} (the connection dropped mid-body), {"slow": 5}
(seconds before answering), {"redirect": true} (a redirect to itself, for ever), {"huge": true}
(a body without end), {"swap": "other-file"} (another file's content: a list that changed
between two requests), each with "times" (default 1); under the key "*", {"unescaped_since":
true, "times": N} answers 404 to a modified_since whose time is escaped, as servers that read
their query undecoded do. Every request's key and User-Agent go
to requests.log. The chosen port is written to PORTFILE.
"""
import datetime
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse

FOLDER, PORTFILE = sys.argv[1], sys.argv[2]
given = {}
TYPES = {".json": "application/json", ".pdf": "application/pdf", ".xml": "text/xml; charset=utf-8"}


class Council(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        parts = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(parts.query)
        method = parts.path.rsplit("/", 1)[-1]
        service = parts.path.lower().startswith("/mgwebservice.asmx/") or method.lower() == "mgconvert2pdf.aspx"
        first = parts.query.split("&")[0]
        key = (method if service else parts.path.strip("/")) + ("?" + first if first else "")
        with open(os.path.join(FOLDER, "requests.log"), "a") as log:
            log.write(f"{key}\t{self.headers.get('User-Agent', '')}\n")
        fault = self.fault(key)
        if self.fault("*").get("unescaped_since") and "modified_since=" in parts.query and "%3A" in parts.query:
            # A server that reads its query undecoded: the escaped time finds nothing.
            return self.answer(404, b"<html><body>Not found</body></html>", "text/html")
        if fault.get("slow"):
            time.sleep(fault["slow"])
        if fault.get("status"):
            return self.answer(fault["status"], b"<html><body>Server Error</body></html>", "text/html")
        if fault.get("html"):
            return self.answer(200, b"<!DOCTYPE html><html><body>The service is down for maintenance</body></html>", "text/html")
        if fault.get("redirect"):
            self.send_response(302)
            self.send_header("Location", self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if fault.get("huge"):
            return self.endless()
        path = self.file(parts, query, method, service)
        if fault.get("swap"):
            path = os.path.join(FOLDER, fault["swap"])
        if not path or not os.path.isfile(path):
            return self.answer(404, b"<html><body>Not found</body></html>", "text/html")
        with open(path, "rb") as answer:
            body = answer.read()
        address = f"http://127.0.0.1:{self.server.server_address[1]}"
        if not path.endswith(".pdf"):
            body = body.replace(b"{server}", address.encode())
        # Read as such servers read it: "+" is a plus, not a space.
        given = next((p.split("=", 1)[1] for p in parts.query.split("&") if p.startswith("modified_since=")), None)
        if given and path.endswith(".json"):
            body = self.modified_since(body, given)
        if fault.get("reset"):
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.connection.shutdown(2)
            return
        self.answer(200, body, TYPES.get(os.path.splitext(path)[1], "application/octet-stream"))

    def file(self, parts, query, method, service):
        if service:
            one = lambda name: query.get(name, [""])[0]
            name = {"GetCommittees": "committees.xml",
                    "GetMeetings": f"meetings-{one('lCommitteeId')}.xml",
                    "GetMeeting": f"meeting-{one('lMeetingId')}.xml",
                    "mgConvert2PDF.aspx": f"paper-{one('ID')}.pdf"}.get(method)
            return os.path.join(FOLDER, name) if name else None
        rest = "&".join(p for p in parts.query.split("&") if p and not p.startswith("modified_since="))
        name = parts.path.strip("/") + ("@" + rest if rest else "")
        if ".." in name:
            return None
        for candidate in (name + ".json", name):
            if os.path.isfile(os.path.join(FOLDER, candidate)):
                return os.path.join(FOLDER, candidate)
        return None

    @staticmethod
    def modified_since(body, given):
        listing = json.loads(body)
        cut = datetime.datetime.fromisoformat(urllib.parse.unquote(given))
        listing["data"] = [o for o in listing.get("data", [])
                           if datetime.datetime.fromisoformat(o.get("modified", "1970-01-01T00:00:00+00:00")) >= cut]
        links = listing.get("links", {})
        if links.get("next"):  # the filter is kept on the next page, as the specification asks
            links["next"] += "&modified_since=" + given
        return json.dumps(listing).encode()

    def endless(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.end_headers()
        chunk = b"%PDF-1.4\n" + b"0" * (1 << 20)
        try:
            for _ in range(4096):  # 4 GB at most, and the client stops long before
                self.wfile.write(chunk)
        except OSError:
            pass

    def fault(self, key):
        try:
            with open(os.path.join(FOLDER, "faults.json")) as faults:
                fault = json.load(faults).get(key, {})
        except FileNotFoundError:
            return {}
        if given.get(key, 0) >= fault.get("times", 1):
            return {}
        given[key] = given.get(key, 0) + 1
        return fault

    def answer(self, status, body, kind):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def watch_parent():
    # The test holds our standard input open; when it closes (the test ended, or died), stop.
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=watch_parent, daemon=True).start()
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Council)
with open(PORTFILE + ".tmp", "w") as port:
    port.write(str(server.server_address[1]))
os.rename(PORTFILE + ".tmp", PORTFILE)
server.serve_forever()
