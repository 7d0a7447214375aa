#!/usr/bin/env python3
"""First paint and compressed page weight of pledge-service's three web pages (issue 17), in headless chromium.

    python3 bench/pagina.py [BASE_URL] [CYCLUS]      # default http://localhost:8082, the cycle the page picks

Needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver) and a running pledge-service
with data (./run-local.sh, then the walkthrough's steps). Only the Python standard library: it talks to chromedriver
over the W3C WebDriver protocol. Each page is loaded 5 times in a fresh tab state (cache disabled through a new
session per page); it prints the median first-contentful-paint (Chrome's paint timing), the time to the load event,
and the compressed bytes of the document and everything it loaded (resource timing encodedBodySize + 300 bytes of
headers per response). Budgets: first paint < 1000 ms, weight < 500,000 bytes.
"""
import json
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

BASIS = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8082"
CYCLUS = sys.argv[2] if len(sys.argv) > 2 else None
PAGINAS = [("landelijk", "/pagina"), ("provincie", "/pagina/provincies/PV27"), ("gemeente", "/pagina/gemeenten/GM0363")]
KEER = 5


def vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vraag(poort, methode, pad, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{poort}{pad}", data=data, method=methode,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read() or b"{}").get("value")


def meet(poort, url):
    sessie = vraag(poort, "POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
        "binary": "/usr/bin/chromium",
        "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1600"]}}}})
    sid = sessie["sessionId"]
    try:
        vraag(poort, "POST", f"/session/{sid}/url", {"url": url})
        script = """return [
          (performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime,
          performance.getEntriesByType('navigation')[0].loadEventEnd,
          performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
            .reduce((s, e) => s + e.encodedBodySize + 300, 0)];"""
        # Chrome records the paint entry a moment after the load event the navigation waited for: ask again until it is there.
        for _ in range(30):
            meting = vraag(poort, "POST", f"/session/{sid}/execute/sync", {"script": script, "args": []})
            if meting[0] >= 0 and meting[1] > 0:
                return meting
            time.sleep(0.1)
        raise RuntimeError(f"no first-contentful-paint recorded for {url}")
    finally:
        vraag(poort, "DELETE", f"/session/{sid}")


def main():
    poort = vrije_poort()
    driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={poort}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                vraag(poort, "GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        print(f"{'page':10} {'first paint ms':>15} {'load ms':>8} {'bytes (gz)':>11}   url")
        for naam, pad in PAGINAS:
            url = BASIS + pad + (f"?cyclus={CYCLUS}" if CYCLUS else "")
            metingen = [meet(poort, url) for _ in range(KEER)]
            paint = statistics.median(m[0] for m in metingen)
            laden = statistics.median(m[1] for m in metingen)
            gewicht = max(m[2] for m in metingen)
            print(f"{naam:10} {paint:15.0f} {laden:8.0f} {gewicht:11d}   {url}")
    finally:
        driver.terminate()
    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
