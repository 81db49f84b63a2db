// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.315839824161) q[0];
ry(pi*0.231812560262) q[1];
ry(pi*-0.261075424315) q[2];
ry(pi*0.024402382859) q[3];
ry(pi*0.05394488624) q[4];
ry(pi*0.308700720713) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.414083140235) q[0];
ry(pi*0.025913832575) q[1];
ry(pi*0.130887465275) q[2];
ry(pi*0.113276287332) q[3];
ry(pi*-0.024624053329) q[4];
ry(pi*-0.141612664683) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.112722036454) q[0];
ry(pi*-0.035096687519) q[1];
ry(pi*0.054294544493) q[2];
ry(pi*0.011224505209) q[3];
ry(pi*-0.011430955977) q[4];
ry(pi*-0.20448764855) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.169427908086) q[0];
ry(pi*-0.03115005955) q[1];
ry(pi*-0.394877938436) q[2];
ry(pi*0.058613149783) q[3];
ry(pi*-0.006705803836) q[4];
ry(pi*0.071821734825) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.08404839954) q[0];
ry(pi*-1.005545610197) q[1];
ry(pi*0.199327326796) q[2];
ry(pi*-0.098797462602) q[3];
ry(pi*-0.296817842187) q[4];
ry(pi*-0.001482121701) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
