// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002504319393) q[0];
rx(pi*-0.00379607477) q[1];
rx(pi*-1.1438485e-05) q[2];
rx(pi*-0.002237417894) q[3];
rx(pi*0.003981084258) q[4];
rx(pi*0.000487077013) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000498572089) q[0];
rx(pi*0.00362081342) q[1];
rx(pi*0.001642154012) q[2];
rx(pi*-0.000120081512) q[3];
rx(pi*-0.000288786601) q[4];
rx(pi*-0.000384991513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003393474546) q[0];
rx(pi*0.002487485823) q[1];
rx(pi*0.001164627147) q[2];
rx(pi*0.002541504793) q[3];
rx(pi*-0.001733309912) q[4];
rx(pi*0.001626636083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004522662823) q[0];
rx(pi*0.004290013062) q[1];
rx(pi*0.000279595491) q[2];
rx(pi*0.000582498632) q[3];
rx(pi*0.001907892245) q[4];
rx(pi*-3.0906405e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000835410546) q[0];
rx(pi*0.003788975998) q[1];
rx(pi*0.000368321471) q[2];
rx(pi*-0.002916545619) q[3];
rx(pi*0.001399153283) q[4];
rx(pi*-0.005427567135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
