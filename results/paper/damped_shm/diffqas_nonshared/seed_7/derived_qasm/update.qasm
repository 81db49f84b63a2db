// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.023632328834) q[0];
ry(pi*-0.025009811978) q[1];
ry(pi*0.103795719146) q[2];
ry(pi*-0.098007532252) q[3];
ry(pi*0.006700008255) q[4];
ry(pi*-0.017110153922) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037765325434) q[0];
ry(pi*-0.282636396304) q[1];
ry(pi*-0.081924741945) q[2];
ry(pi*0.202299919987) q[3];
ry(pi*0.004440197479) q[4];
ry(pi*-0.004758946459) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.073670999057) q[0];
ry(pi*0.175029365197) q[1];
ry(pi*0.20650845488) q[2];
ry(pi*-0.012368901033) q[3];
ry(pi*0.005448240315) q[4];
ry(pi*-0.065580056573) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013864712461) q[0];
ry(pi*-0.189914794883) q[1];
ry(pi*0.179886938816) q[2];
ry(pi*0.338737426226) q[3];
ry(pi*0.407127655039) q[4];
ry(pi*0.188687561671) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013890711054) q[0];
ry(pi*0.007050432533) q[1];
ry(pi*-0.000518421919) q[2];
ry(pi*0.072661264681) q[3];
ry(pi*-0.056775098445) q[4];
ry(pi*0.002078343262) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
