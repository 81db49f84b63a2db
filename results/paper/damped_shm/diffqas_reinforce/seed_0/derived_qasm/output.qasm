// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.070438019133) q[0];
rx(pi*0.012676361524) q[1];
rx(pi*0.004231774731) q[2];
rx(pi*-0.00460961374) q[3];
rx(pi*-0.003780918213) q[4];
rx(pi*0.025265097413) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.1165997056) q[0];
rx(pi*-0.013761817321) q[1];
rx(pi*0.010075341297) q[2];
rx(pi*-0.005863719181) q[3];
rx(pi*-0.060809662729) q[4];
rx(pi*0.003400669961) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.191955256979) q[0];
rx(pi*0.009733675906) q[1];
rx(pi*-0.001783661954) q[2];
rx(pi*0.232807187587) q[3];
rx(pi*-0.001510102947) q[4];
rx(pi*0.235243307364) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.058972066737) q[0];
rx(pi*-0.001726442222) q[1];
rx(pi*0.121807506656) q[2];
rx(pi*0.006606894159) q[3];
rx(pi*0.007752986858) q[4];
rx(pi*-0.00338100204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.024678324873) q[0];
rx(pi*-0.006260664637) q[1];
rx(pi*-0.002973884523) q[2];
rx(pi*0.009425238911) q[3];
rx(pi*0.001810141685) q[4];
rx(pi*0.000638314454) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
