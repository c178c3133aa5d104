#!/usr/bin/python3
"""A TCP proxy on 127.0.0.1 in front of the test's WebDAV server that can
cut a save half-way: while the file named by argv[3] exists, a PUT is
forwarded with its headers and only part of its body, then both
connections are closed and every new connection is refused at once, as a
server or network that goes away mid-save (so the HTTP client's retry of
the PUT fails too). Removing the file brings the server back. While
CUT_FLAG_FILE.slow exists, a PUT's body is forwarded slowly instead (8 KiB
every 50 ms), as an upload over a poor connection.

Usage: dav-cut-proxy.py LISTEN_PORT SERVER_PORT CUT_FLAG_FILE SECONDS
Prints "ready" once listening; exits after SECONDS whatever happens."""
import os
import socket
import sys
import threading
import time

listen_port, server_port, cut_flag, lifetime = (int(sys.argv[1]), int(sys.argv[2]),
                                                sys.argv[3], float(sys.argv[4]))
BODY_BYTES_BEFORE_CUT = 512
SLOW_CHUNK, SLOW_PAUSE = 8192, 0.05


def pump_to_server(client, server):
    cutting = slowing = False
    body_left = BODY_BYTES_BEFORE_CUT
    try:
        while True:
            data = client.recv(65536)
            if not data:
                break
            if not cutting and data.startswith(b"PUT ") and os.path.exists(cut_flag + ".slow"):
                slowing = True
            if slowing:
                for start in range(0, len(data), SLOW_CHUNK):
                    server.sendall(data[start:start + SLOW_CHUNK])
                    time.sleep(SLOW_PAUSE)
                continue
            if not cutting and data.startswith(b"PUT ") and os.path.exists(cut_flag):
                cutting = True
                head_end = data.find(b"\r\n\r\n")
                head_end = len(data) if head_end < 0 else head_end + 4
                server.sendall(data[:head_end])
                data = data[head_end:]
            if cutting:
                server.sendall(data[:body_left])
                body_left -= min(body_left, len(data))
                if body_left == 0:
                    break
                continue
            server.sendall(data)
    except OSError:
        pass
    for s in (client, server):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def pump_to_client(server, client):
    try:
        while True:
            data = server.recv(65536)
            if not data:
                break
            client.sendall(data)
    except OSError:
        pass
    try:
        client.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def serve(listener):
    while True:
        client, _ = listener.accept()
        if os.path.exists(cut_flag):
            client.close()
            continue
        server = socket.create_connection(("127.0.0.1", server_port))
        threading.Thread(target=pump_to_server, args=(client, server), daemon=True).start()
        threading.Thread(target=pump_to_client, args=(server, client), daemon=True).start()


listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", listen_port))
listener.listen(16)
threading.Thread(target=serve, args=(listener,), daemon=True).start()
print("ready", flush=True)
time.sleep(lifetime)
