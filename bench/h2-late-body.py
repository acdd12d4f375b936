# Raw h2c (prior knowledge): N POST streams whose HEADERS go first and whose DATA follows after a pause, as a client
# starved of CPU sends them. Prints when each stream's response HEADERS arrive (status raw: HPACK, often Huffman).
# Usage: python3 bench/h2-late-body.py HTTP_PORT STREAMS PAUSE_SECONDS server-config/demo/jwt-demo-private.pem
# More streams than http-thread-pool threads: every thread parks in DefaultInputBuffer.poll0 and nothing is answered
# until Grizzly's 30 s read timeout (jstack the domain meanwhile).
import base64, json, socket, struct, subprocess, sys, time, uuid
host, port, n, pause = '127.0.0.1', int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
key = sys.argv[4]
def b64(b): return base64.urlsafe_b64encode(b).rstrip(b'=')
now = int(time.time())
claims = {"iss": "https://demo.jobbro.dk", "aud": "jobbro", "sub": "caseworker-665", "upn": "caseworker-665",
          "groups": ["caseworker"], "kommune": "665", "jti": str(uuid.uuid4()), "iat": now, "nbf": now - 5, "exp": now + 600}
head = b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "jobbro-demo"}).encode()) + b'.' + b64(json.dumps(claims).encode())
sig = subprocess.run(['openssl', 'dgst', '-sha256', '-sign', key], input=head, capture_output=True, check=True).stdout
token = (head + b'.' + b64(sig)).decode()
def frame(t, flags, sid, payload): return struct.pack('>I', len(payload))[1:] + bytes([t, flags]) + struct.pack('>I', sid) + payload
def lit(name, value):
    name, value = name.encode(), value.encode()
    return b'\x00' + bytes([len(name)]) + name + (bytes([len(value)]) if len(value) < 127 else b'\x7f' + varint(len(value) - 127)) + value
def varint(v):
    out = b''
    while v >= 128: out += bytes([(v & 127) | 128]); v >>= 7
    return out + bytes([v])
body = b'{}'
s = socket.create_connection((host, port)); s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
s.sendall(b'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n' + frame(4, 0, 0, b''))
t0 = time.time()
for i in range(n):
    hdr = lit(':method', 'POST') + lit(':scheme', 'http') + lit(':path', '/api/v1/cases') + lit(':authority', 'localhost') \
        + lit('content-type', 'application/json') + lit('content-length', str(len(body))) + lit('authorization', 'Bearer ' + token)
    s.sendall(frame(1, 4, 2 * i + 1, hdr))  # END_HEADERS, no END_STREAM: the body follows
time.sleep(pause)
for i in range(n):
    s.sendall(frame(0, 1, 2 * i + 1, body))  # DATA, END_STREAM
print('DATA sent at %.1f s' % (time.time() - t0), flush=True)
s.settimeout(45); buf = b''; seen = set()
while len(seen) < n:
    try: chunk = s.recv(65536)
    except socket.timeout: print('no more answers after 45 s'); break
    if not chunk: print('closed'); break
    buf += chunk
    while len(buf) >= 9:
        ln = int.from_bytes(buf[:3], 'big'); t = buf[3]; sid = int.from_bytes(buf[5:9], 'big') & 0x7fffffff
        if len(buf) < 9 + ln: break
        p = buf[9:9 + ln]; buf = buf[9 + ln:]
        if t == 4 and ln:  # the server's SETTINGS (an ACK is empty): acknowledge
            s.sendall(frame(4, 1, 0, b''))
        if t == 1 and sid not in seen:
            seen.add(sid)
            st = {0x88: 200, 0x89: 204, 0x8a: 206, 0x8b: 304, 0x8c: 400, 0x8d: 404, 0x8e: 500}.get(p[0], 'literal:' + p[:6].hex())
            print('stream %2d answered at %5.1f s, status %s' % (sid, time.time() - t0, st), flush=True)
