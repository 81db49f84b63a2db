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
ry(pi*-0.013055669439) q[0];
ry(pi*0.030553653597) q[1];
ry(pi*0.110409609506) q[2];
ry(pi*0.030548998159) q[3];
ry(pi*-0.001585497978) q[4];
ry(pi*-0.026010927983) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.099977501104) q[0];
ry(pi*0.241263227398) q[1];
ry(pi*0.001806568286) q[2];
ry(pi*0.509497164282) q[3];
ry(pi*0.075439187994) q[4];
ry(pi*0.163655620354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.112553994827) q[0];
ry(pi*0.001515570507) q[1];
ry(pi*0.000846988295) q[2];
ry(pi*-0.10519597433) q[3];
ry(pi*-0.096913203137) q[4];
ry(pi*0.03663992133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.087918441642) q[0];
ry(pi*0.00828976265) q[1];
ry(pi*0.027349187342) q[2];
ry(pi*-0.027886818094) q[3];
ry(pi*0.411766947197) q[4];
ry(pi*-0.095089751329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007033853909) q[0];
ry(pi*-0.003941255718) q[1];
ry(pi*-0.072751328314) q[2];
ry(pi*0.098203435358) q[3];
ry(pi*-0.065815906799) q[4];
ry(pi*0.000158095719) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
