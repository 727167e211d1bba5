#!/usr/bin/python3
# A test double for the firecracker binary, for faults the emulator has no knob for.
# FAKE_FC_MODE:
#   slow-listen   bind, wait 500 ms, then listen (B02: the file exists before connects work)
#   nic-busy      answer PUT /network-interfaces/* with a 400 fault (B05)
#   boot-denied   answer InstanceStart with a 400 KVM fault (B04, newer Firecracker)
# FAKE_FC_LOG: a file that gets one line per request ("METHOD PATH").
import json, os, signal, socket, sys, threading, time

args = sys.argv[1:]
if "--version" in args:
    print("Firecracker v1.16.1")
    sys.exit(0)
mode = os.environ.get("FAKE_FC_MODE", "")
log = os.environ.get("FAKE_FC_LOG")
path = args[args.index("--api-sock") + 1]
state = {"state": "Not started", "config": {}}
NIC_FAULT = "Could not create the network device: tap open failed: resource busy (os error 16)"
KVM_FAULT = "Cannot open /dev/kvm: permission denied (os error 13)"


def reply(conn, status, body=None):
    head = "HTTP/1.1 %d \r\nServer: Firecracker API\r\nConnection: keep-alive\r\n" % status
    if body is None:
        conn.sendall((head + "\r\n").encode())
        return
    data = json.dumps(body, separators=(",", ":")).encode()
    head += "Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(data)
    conn.sendall(head.encode() + data)


def handle(conn, method, target, body):
    if log:
        with open(log, "a") as out:
            out.write("%s %s\n" % (method, target))
    if method == "GET" and target == "/":
        return reply(conn, 200, {"id": "fake", "state": state["state"], "vmm_version": "1.16.1",
                                 "app_name": "Firecracker"})
    if method == "GET" and target == "/vm/config":
        return reply(conn, 200, state["config"])
    if method == "GET" and target == "/version":
        return reply(conn, 200, {"firecracker_version": "1.16.1"})
    if method == "PUT" and target.startswith("/network-interfaces/") and mode == "nic-busy":
        return reply(conn, 400, {"fault_message": NIC_FAULT})
    if method == "PUT" and target == "/actions":
        action = json.loads(body)["action_type"]
        if action == "InstanceStart" and mode == "boot-denied":
            return reply(conn, 400, {"fault_message": KVM_FAULT})
        if action == "InstanceStart":
            state["state"] = "Running"
        reply(conn, 204)
        if action == "SendCtrlAltDel":
            threading.Timer(0.1, lambda: os._exit(0)).start()
        return None
    if method == "PUT":
        key = target.strip("/").split("/")[0]
        value = json.loads(body)
        if key in ("drives", "network-interfaces"):
            state["config"].setdefault(key, []).append(value)
        else:
            state["config"][key] = value
        return reply(conn, 204)
    return reply(conn, 400, {"fault_message": "not faked: %s %s" % (method, target)})


def serve(conn):
    buffer = b""
    while True:
        while b"\r\n\r\n" not in buffer:
            data = conn.recv(4096)
            if not data:
                return
            buffer += data
        head, buffer = buffer.split(b"\r\n\r\n", 1)
        lines = head.decode().split("\r\n")
        method, target, _ = lines[0].split(" ")
        length = 0
        for line in lines[1:]:
            name, value = line.split(":", 1)
            if name.strip().lower() == "content-length":
                length = int(value)
        while len(buffer) < length:
            buffer += conn.recv(4096)
        body, buffer = buffer[:length], buffer[length:]
        handle(conn, method, target, body)


signal.signal(signal.SIGTERM, lambda *ignored: os._exit(143))
server = socket.socket(socket.AF_UNIX)
server.bind(path)
if mode == "slow-listen":
    time.sleep(0.5)
server.listen(16)
while True:
    connection, _ = server.accept()
    threading.Thread(target=serve, args=(connection,), daemon=True).start()
