// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.071241064396) q[0];
ry(pi*0.246084714852) q[1];
ry(pi*-0.086824710169) q[2];
ry(pi*5.6578619e-05) q[3];
ry(pi*2.1092e-08) q[4];
ry(pi*-7.971e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.035258316357) q[0];
ry(pi*0.026471453487) q[1];
ry(pi*0.000693751044) q[2];
ry(pi*1.4898958e-05) q[3];
ry(pi*-2.0024e-08) q[4];
ry(pi*1.6666e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003239829974) q[0];
ry(pi*-0.24238246773) q[1];
ry(pi*-0.165958475551) q[2];
ry(pi*-8.6450131e-05) q[3];
ry(pi*1.9074e-08) q[4];
ry(pi*1.059e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.349466780666) q[0];
ry(pi*-0.010319452969) q[1];
ry(pi*-0.003472557702) q[2];
ry(pi*2.2647252e-05) q[3];
ry(pi*5.745e-09) q[4];
ry(pi*1.4874e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.130170883567) q[0];
ry(pi*-0.485919768667) q[1];
ry(pi*-0.326043785272) q[2];
ry(pi*0.496791874061) q[3];
ry(pi*-0.500000013914) q[4];
ry(pi*-0.000299157246) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
