// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*0.003747171623) q[0];
rx(pi*0.005968872078) q[1];
rx(pi*0.005610747236) q[2];
rx(pi*0.018164275041) q[3];
rx(pi*-0.005338945431) q[4];
rx(pi*0.000600657849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000754100168) q[0];
rx(pi*0.50180819266) q[1];
rx(pi*0.005730310527) q[2];
rx(pi*0.017771050615) q[3];
rx(pi*-0.000780680395) q[4];
rx(pi*0.006365193212) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00184397039) q[0];
rx(pi*-0.005147751716) q[1];
rx(pi*-0.003906970184) q[2];
rx(pi*0.019820556783) q[3];
rx(pi*-0.000723454215) q[4];
rx(pi*-0.002462379542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000605159318) q[0];
rx(pi*0.498337621761) q[1];
rx(pi*0.000113266285) q[2];
rx(pi*0.017752753772) q[3];
rx(pi*-0.002828895675) q[4];
rx(pi*-0.002882748337) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000174287977) q[0];
rx(pi*-0.001171811889) q[1];
rx(pi*0.004259206656) q[2];
rx(pi*0.007052561038) q[3];
rx(pi*-0.0040862668) q[4];
rx(pi*0.003831351037) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
