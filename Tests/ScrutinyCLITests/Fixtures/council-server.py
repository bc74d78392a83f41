"""A stand-in for a council's Modern.gov web service, on loopback, for the sync tests.

Serves the answers in FOLDER: committees.xml for GetCommittees, meetings-ID.xml for
GetMeetings?lCommitteeId=ID, meeting-ID.xml for GetMeeting?lMeetingId=ID. faults.json in the
folder, read at each request, makes a path misbehave a number of times: {"GetMeeting?lMeetingId=1":
{"status": 500, "times": 1}}, {"html": true} (an HTML error page), {"reset": true} (the
connection dropped mid-body), {"slow": 5} (seconds before answering). Every request's path
and User-Agent go to requests.log. The chosen port is written to PORTFILE.
"""
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse

FOLDER, PORTFILE = sys.argv[1], sys.argv[2]
given = {}


class Council(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        parts = urllib.parse.urlsplit(self.path)
        method = parts.path.rsplit("/", 1)[-1]
        query = urllib.parse.parse_qs(parts.query)
        key = method + ("?" + parts.query.split("&")[0] if parts.query else "")
        with open(os.path.join(FOLDER, "requests.log"), "a") as log:
            log.write(f"{key}\t{self.headers.get('User-Agent', '')}\n")
        fault = self.fault(key)
        if fault.get("slow"):
            time.sleep(fault["slow"])
        if fault.get("status"):
            return self.answer(fault["status"], b"<html><body>Server Error</body></html>", "text/html")
        if fault.get("html"):
            return self.answer(200, b"<!DOCTYPE html><html><body>The service is down for maintenance</body></html>", "text/html")
        name = {"GetCommittees": "committees.xml",
                "GetMeetings": f"meetings-{query.get('lCommitteeId', [''])[0]}.xml",
                "GetMeeting": f"meeting-{query.get('lMeetingId', [''])[0]}.xml"}.get(method)
        served = parts.path.lower() == "/mgwebservice.asmx/" + method.lower()
        path = os.path.join(FOLDER, name) if name and served else None
        if not path or not os.path.exists(path):
            return self.answer(404, b"<html><body>Not found</body></html>", "text/html")
        with open(path, "rb") as answer:
            body = answer.read()
        if fault.get("reset"):
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.connection.shutdown(2)
            return
        self.answer(200, body, "text/xml; charset=utf-8")

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
