// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.003621980244) q[0];
rz(pi*5.1014013e-05) q[1];
rz(pi*0.00150749123) q[2];
rz(pi*-0.004250090547) q[3];
rz(pi*0.002028836397) q[4];
rz(pi*-9.7352809e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001542731774) q[0];
rz(pi*0.005094127616) q[1];
rz(pi*-0.007260242663) q[2];
rz(pi*0.000830619409) q[3];
rz(pi*-0.003498628629) q[4];
rz(pi*0.00188505795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004180430029) q[0];
rz(pi*-0.001576918887) q[1];
rz(pi*0.000645326441) q[2];
rz(pi*0.001952913241) q[3];
rz(pi*0.000238061571) q[4];
rz(pi*-0.002523729107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001761926004) q[0];
rz(pi*0.002815460005) q[1];
rz(pi*-1.7498185e-05) q[2];
rz(pi*-0.005359756163) q[3];
rz(pi*0.002685467038) q[4];
rz(pi*0.001324975917) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002780183738) q[0];
rz(pi*-0.00107152691) q[1];
rz(pi*0.002636107656) q[2];
rz(pi*-0.003377500975) q[3];
rz(pi*0.001814377202) q[4];
rz(pi*-0.001560927084) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
