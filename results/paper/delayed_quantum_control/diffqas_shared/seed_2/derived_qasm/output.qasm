// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.011429361081) q[0];
ry(pi*0.036521178017) q[1];
ry(pi*-0.210958266206) q[2];
ry(pi*-0.032628124344) q[3];
ry(pi*-0.004336723967) q[4];
ry(pi*-0.51822379342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.061547185607) q[0];
ry(pi*0.494841855053) q[1];
ry(pi*-0.073394049115) q[2];
ry(pi*0.509008046846) q[3];
ry(pi*0.141020790846) q[4];
ry(pi*0.184412641133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.138217946829) q[0];
ry(pi*0.001406876229) q[1];
ry(pi*-0.012952505124) q[2];
ry(pi*0.016363193288) q[3];
ry(pi*-0.002074814628) q[4];
ry(pi*-0.499402410307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006031676616) q[0];
ry(pi*0.472589250519) q[1];
ry(pi*0.080979548114) q[2];
ry(pi*-0.506938044182) q[3];
ry(pi*0.003636326902) q[4];
ry(pi*0.041833808247) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00202424351) q[0];
ry(pi*-0.242508978012) q[1];
ry(pi*-0.517454676174) q[2];
ry(pi*-0.525507317424) q[3];
ry(pi*0.470762023134) q[4];
ry(pi*0.000145848366) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
