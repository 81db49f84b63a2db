// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.009255775514) q[0];
ry(pi*0.008231643788) q[1];
ry(pi*0.03144745737) q[2];
ry(pi*0.00599863854) q[3];
ry(pi*-0.017669245223) q[4];
ry(pi*-0.067796135165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.036728173066) q[0];
ry(pi*0.146201422926) q[1];
ry(pi*0.008545334455) q[2];
ry(pi*0.505562595865) q[3];
ry(pi*0.012940506046) q[4];
ry(pi*0.03138302829) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026010935097) q[0];
ry(pi*-0.101779921621) q[1];
ry(pi*0.032566282673) q[2];
ry(pi*-0.041490254475) q[3];
ry(pi*-0.010716556136) q[4];
ry(pi*0.163124686983) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024525013214) q[0];
ry(pi*0.006774362453) q[1];
ry(pi*0.014290044705) q[2];
ry(pi*-0.009967542887) q[3];
ry(pi*0.482912284594) q[4];
ry(pi*0.038420404608) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042110919457) q[0];
ry(pi*-0.01038532042) q[1];
ry(pi*-0.004578989354) q[2];
ry(pi*0.145698104389) q[3];
ry(pi*0.002184139305) q[4];
ry(pi*0.000158119491) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
