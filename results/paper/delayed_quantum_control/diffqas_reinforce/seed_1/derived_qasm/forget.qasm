// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.250328235492) q[0];
rx(pi*-4.2793875e-05) q[1];
rx(pi*0.266029834838) q[2];
rx(pi*-0.247428649435) q[3];
rx(pi*-0.091612056163) q[4];
rx(pi*-0.001488101526) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.150854204707) q[0];
rx(pi*-0.080774841653) q[1];
rx(pi*0.000385557212) q[2];
rx(pi*0.015972166144) q[3];
rx(pi*0.252498300428) q[4];
rx(pi*0.006074796335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.50645993094) q[0];
rx(pi*-0.24991026586) q[1];
rx(pi*-0.005013682573) q[2];
rx(pi*0.000152886069) q[3];
rx(pi*-0.483182190902) q[4];
rx(pi*0.011824527841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.262028823859) q[0];
rx(pi*0.475053620717) q[1];
rx(pi*0.09913617358) q[2];
rx(pi*0.267638666924) q[3];
rx(pi*-0.241347504344) q[4];
rx(pi*0.051856536928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.010387943402) q[0];
rx(pi*-0.351496674942) q[1];
rx(pi*-0.504332061395) q[2];
rx(pi*0.011404738012) q[3];
rx(pi*-0.016804342874) q[4];
rx(pi*-0.006922120433) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
